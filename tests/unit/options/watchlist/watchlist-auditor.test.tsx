import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WatchlistSection } from '../../../../entrypoints/options/watchlist/watchlist-section';
import type { TeamRole } from '../../../../rules/team/protocol';
import { addWatchlistEntry } from '../../../../storage/watchlist/watchlist-store';
import { joinAs } from '../../storage/team/team-test-state';
import { freshDatabase, fraudster } from '../../storage/watchlist/watchlist-helpers';

let root: HTMLElement;
beforeEach(async () => {
  await freshDatabase();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => act(() => render(null, root)));

const buttonTexts = () => [...root.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent ?? '');

async function showAs(role: TeamRole | null): Promise<void> {
  if (role) await joinAs(role);
  await addWatchlistEntry(fraudster);
  await act(async () => render(<WatchlistSection />, root));
  await vi.waitFor(() => expect(root.querySelectorAll('li.wl-entry')).toHaveLength(1), { timeout: 3000 });
}

describe("the options watchlist for a team's auditor", () => {
  it('offers no change: no edit, review, clear, delete or import; export stays', async () => {
    await showAs('auditor');
    await vi.waitFor(() => expect(root.querySelector('[data-testid="watchlist-import-auditor"]')).not.toBeNull(), { timeout: 3000 });
    expect(root.querySelector('input[type="file"]')).toBeNull();
    expect(root.querySelector('[data-testid="watchlist-import-auditor"]')!.getAttribute('role')).toBe('status');
    expect(buttonTexts().filter((text) => /edit|review|clear|delete/i.test(text))).toEqual([]);
    expect(buttonTexts()).toEqual(expect.arrayContaining(['Export JSON', 'Export CSV']));
  });

  it.each<TeamRole | null>([null, 'agent', 'lead'])('still offers import to %s', async (role) => {
    await showAs(role);
    expect(root.querySelector('input[type="file"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="watchlist-import-auditor"]')).toBeNull();
  });
});
