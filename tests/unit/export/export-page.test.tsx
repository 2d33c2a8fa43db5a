import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ExportApp } from '../../../entrypoints/export/export-app';
import { db } from '../../../storage/db';
import { exportPagePath, exportRequestOf } from '../../../utils/export-page-url';
import { at, orderDraft, resetDb, seed, threadDraft } from '../storage/archive-fixtures';

let root: HTMLElement;
const downloads: string[] = [];
beforeEach(async () => {
  await resetDb();
  root = document.createElement('div');
  document.body.replaceChildren(root);
  downloads.length = 0;
  // fake-browser leaves getManifest to the test: the pack records the extension version.
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Seller Guard', version: '0.1.0' });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

const open = (path: string) => {
  history.replaceState(null, '', path);
  render(<ExportApp />, root);
};
const exportAudit = () => db.audit.where('kind').equals('export').toArray();

describe('export page', () => {
  it.each([
    [{ type: 'all' } as const],
    [{ type: 'order', orderId: '112-4837261-5938217' } as const],
    [{ type: 'search', query: 'buyer:jordan "a b" & more' } as const],
  ])('carries the request %j in its URL', (request) => {
    expect(exportRequestOf(exportPagePath(request).split('?')[1]!)).toEqual(request);
  });

  it.each(['', 'scope=order&order=../../x', 'scope=search&q=', 'scope=everything'])('refuses the request %j with a sentence', (search) => {
    open(`/export.html?${search}`);
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/opened without saying what to export/);
  });

  it('shows a named progress bar, then downloads the pack and audits it', { timeout: 30_000 }, async () => {
    await seed([orderDraft({ capturedAt: at(1), orderId: '112-4837261-5938217' }), threadDraft({ capturedAt: at(2) })]);
    open('/export.html?scope=order&order=112-4837261-5938217');
    expect(root.querySelector('h1')?.textContent).toBe('Evidence pack for order 112-4837261-5938217');
    expect(root.querySelector('progress')?.getAttribute('aria-label')).toBe('Export progress');
    await expect.poll(() => root.querySelector('[data-testid="export-done"]')?.textContent, { timeout: 20_000 }).toMatch(/^Downloaded seller-guard-evidence-order-112-4837261-5938217-\d{12}\.zip \(1 capture\(s\)/);
    expect(downloads).toEqual([expect.stringMatching(/^seller-guard-evidence-order-112-4837261-5938217-\d{12}\.zip$/)]);
    expect((await exportAudit()).map((e) => e.details.outcome)).toEqual(['done']);
  });

  it('cancels on the Cancel button: no file, and a cancelled export in the audit log', { timeout: 30_000 }, async () => {
    await seed(Array.from({ length: 30 }, (_, i) => threadDraft({ capturedAt: at(i) })));
    open('/export.html?scope=all');
    const cancel = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Cancel the export')!;
    cancel.click();
    await expect.poll(() => root.querySelector('[role="status"]')?.textContent, { timeout: 20_000 }).toMatch(/^Export cancelled.*no file was saved/);
    expect(downloads).toEqual([]);
    expect(await exportAudit()).toMatchObject([{ details: { outcome: 'cancelled' } }]);
  });
});
