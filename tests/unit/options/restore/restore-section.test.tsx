import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RestoreSection } from '../../../../entrypoints/options/restore/restore-section';
import { freshDatabase } from '../../storage/watchlist/watchlist-helpers';

let root: HTMLElement;
beforeEach(async () => {
  await freshDatabase();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => act(() => render(null, root)));

async function chooseFile(bytes: BlobPart, name: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [new File([bytes], name)], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('Options → Restore an export', () => {
  it('refuses a file that is not an evidence pack, listing every reason, and changes nothing', async () => {
    await act(async () => render(<RestoreSection />, root));
    await chooseFile('not a zip at all', 'pack.zip');
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')).not.toBeNull(), { timeout: 5000 });
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.querySelector('p')!.textContent).toContain('pack.zip');
    const reasons = [...alert.querySelectorAll('li')].map((li) => li.textContent);
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((reason) => reason && reason.length > 10)).toBe(true);
    expect(root.querySelector('[data-testid="restore-summary"]')).toBeNull();
  });
});
