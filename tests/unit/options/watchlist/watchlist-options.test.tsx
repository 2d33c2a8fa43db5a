import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WatchlistSection } from '../../../../entrypoints/options/watchlist/watchlist-section';
import { importProblemText } from '../../../../entrypoints/options/watchlist/watchlist-import-export';
import { addWatchlistEntry, getWatchlistEntry } from '../../../../storage/watchlist/watchlist-store';
import { importError } from '../../../../storage/watchlist/watchlist-transfer';
import type { TeamRole } from '../../../../rules/team/protocol';
import { joinAs } from '../../storage/team/team-test-state';
import { auditKinds, canceller, daysAfter, freshDatabase, fraudster, snapshot } from '../../storage/watchlist/watchlist-helpers';

let root: HTMLElement;
beforeEach(async () => {
  await freshDatabase();
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => act(() => render(null, root)));

const buttons = () => [...root.querySelectorAll('button')];
const byName = (name: string) => buttons().find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);
const click = async (name: string) => {
  const target = byName(name);
  if (!target) throw new Error(`No button "${name}" in: ${buttons().map((b) => b.getAttribute('aria-label') ?? b.textContent).join(' | ')}`);
  await act(async () => target.click());
};
const until = (check: () => unknown) => vi.waitFor(async () => expect(await check()).toBeTruthy(), { timeout: 3000 });
const cards = () => [...root.querySelectorAll<HTMLElement>('li.wl-entry')];

async function show(): Promise<void> {
  await act(async () => render(<WatchlistSection />, root));
}

async function chooseFile(text: string, name: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('the watchlist on the options page', () => {
  it('lists entries, flags those overdue for review, and marks one reviewed', async () => {
    const { entry } = await addWatchlistEntry(fraudster, daysAfter(new Date(), -95));
    await addWatchlistEntry(canceller);
    await show();
    await until(() => cards().length === 2);
    expect(root.querySelector('.wl-count')!.textContent).toBe('2 entries shown; 1 due for review.');
    const overdue = cards().find((c) => c.dataset.entryId === entry.id)!;
    expect(overdue.textContent).toContain('Review overdue');

    await click('Mark Jürgen Müller reviewed');
    await until(() => !root.querySelector('.wl-overdue'));
    expect((await getWatchlistEntry(entry.id))!.reviewedAt).not.toBeNull();
  });

  it('searches by name regardless of accents and case', async () => {
    await addWatchlistEntry(fraudster);
    await addWatchlistEntry(canceller);
    await show();
    await until(() => cards().length === 2);
    const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    await act(async () => {
      search.value = 'JURGEN';
      search.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await until(() => cards().length === 1);
    expect(cards()[0]!.getAttribute('aria-label')).toBe('Jürgen Müller');
  });

  it('asks why before clearing, and keeps the cleared entry with its reason', async () => {
    const { entry } = await addWatchlistEntry(fraudster);
    await show();
    await until(() => cards().length === 1);
    await click('Clear Jürgen Müller');
    await click('Clear entry');
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('Say why');
    expect((await getWatchlistEntry(entry.id))!.status).toBe('active');

    const why = root.querySelector<HTMLTextAreaElement>('.wl-confirm textarea')!;
    await act(async () => {
      why.value = 'Claim was withdrawn; Amazon confirmed delivery';
      why.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click('Clear entry');
    await until(async () => (await getWatchlistEntry(entry.id))?.status === 'cleared');
    expect((await getWatchlistEntry(entry.id))!.cleared).toMatchObject({ by: 'Mia', why: 'Claim was withdrawn; Amazon confirmed delivery' });
  });

  it('deletes only after a separate confirmation', async () => {
    const { entry } = await addWatchlistEntry(fraudster);
    await show();
    await until(() => cards().length === 1);
    await click('Delete Jürgen Müller');
    expect(await getWatchlistEntry(entry.id)).toBeDefined();
    expect(root.querySelector('[role="alertdialog"]')!.textContent).toContain('cannot be undone');
    await click('Delete permanently');
    await until(() => cards().length === 0);
    expect(await getWatchlistEntry(entry.id)).toBeUndefined();
    expect(await auditKinds()).toEqual(['watchlist-add', 'watchlist-delete']);
  });

  it('edits an entry and shows why an edit is refused', async () => {
    const { entry } = await addWatchlistEntry(fraudster);
    await show();
    await until(() => cards().length === 1);
    await click('Edit Jürgen Müller');
    const orders = root.querySelector<HTMLTextAreaElement>('textarea[name="orderIds"]')!;
    orders.value = '302-1234567-7654321\nnot-an-order';
    await click('Save changes');
    await until(() => root.querySelector('[role="alert"]'));
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('orderIds');

    orders.value = '302-1234567-7654321\n302-7654321-1234567';
    await click('Save changes');
    await until(async () => (await getWatchlistEntry(entry.id))!.orderIds.length === 2);
  });
});

describe('importing a file', () => {
  it('rejects a bad file naming the row and field, and changes nothing', async () => {
    await addWatchlistEntry(fraudster);
    await show();
    await until(() => cards().length === 1);
    const before = await snapshot();
    const file = JSON.stringify({
      format: 'seller-guard-watchlist',
      version: 1,
      exportedAt: '2026-05-01T09:30:00Z',
      entries: [
        { proxyEmails: ['aa11@marketplace.amazon.com'], reason: 'order-cancel', severity: 'watch' },
        { proxyEmails: ['bb22@marketplace.amazon.com'], reason: 'being-rude', severity: 'high' },
      ],
    });
    await chooseFile(file, 'team-list.json');
    await until(() => root.querySelector('[role="alert"]'));
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Entry 2');
    expect(alert.textContent).toContain('"reason"');
    expect(root.querySelector('[aria-label="Import preview"]')).toBeNull();
    expect(await snapshot()).toEqual(before);
    expect(cards()).toHaveLength(1);
  });

  it('previews what it will add, update and skip, and applies only when asked', async () => {
    await addWatchlistEntry(fraudster);
    await show();
    await until(() => cards().length === 1);
    const file = JSON.stringify({
      format: 'seller-guard-watchlist',
      version: 1,
      exportedAt: '2026-05-01T09:30:00Z',
      entries: [
        { buyerNames: ['Pat Doe'], proxyEmails: ['aa11@marketplace.amazon.com'], reason: 'order-cancel', severity: 'watch' },
        { proxyEmails: ['x7k2m9q4w1z8c3v@marketplace.amazon.de'], orderIds: ['302-1111111-2222222'], reason: 'false-claim', severity: 'high' },
      ],
    });
    await chooseFile(file, 'team-list.json');
    await until(() => root.querySelector('[aria-label="Import preview"]'));
    const preview = root.querySelector('[aria-label="Import preview"]')!;
    expect(preview.querySelector('[data-plan="add"]')!.textContent).toContain('Pat Doe');
    expect(preview.querySelector('[data-plan="update"]')!.textContent).toContain('orderIds');
    expect(cards()).toHaveLength(1);

    await click('Apply import');
    await until(() => cards().length === 2);
    expect(root.querySelector('[data-testid="watchlist-transfer-outcome"]')!.textContent).toBe('Imported team-list.json: 1 added, 1 updated, 0 skipped.');
  });

  it.each([
    [importError('import-invalid-entry', 'Entry 2, field "reason": must be one of …. Nothing was imported.', 2, 'reason', ['row', 'field']), 'Entry 2, field "reason": must be one of …. Nothing was imported.'],
    [importError('import-malformed-csv', 'Unclosed quote. Nothing was imported.', 7), 'Unclosed quote. Nothing was imported. (row 7)'],
    [importError('import-invalid-entry', 'The file\'s "entries" field is missing or invalid.', undefined, 'entries', ['field']), 'The file\'s "entries" field is missing or invalid.'],
    [importError('import-invalid-entry', 'Conflict. Nothing was imported.', undefined, 'proxyEmails'), 'Conflict. Nothing was imported. (field "proxyEmails")'],
    // Structural, not string matching: a German message names the row without the English word.
    [importError('import-malformed-csv', 'Zeile 7: Anführungszeichen nie geschlossen.', 7, undefined, ['row']), 'Zeile 7: Anführungszeichen nie geschlossen.'],
  ])('names row and field once: %s', (error, expected) => {
    expect(importProblemText(error)).toBe(expected);
  });
});

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
