import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ORDERS, FIXTURE_URLS } from '../fixtures/site';
import { launchExtension, type Harness } from './harness';
import { readStore } from './capture-inspect';
import { pressFromPageScript } from './page-script';

// Playwright's CSS locators pierce open shadow roots, so these reach into our UI.
const BANNER = 'seller-guard-watchlist-banner .sg-wl-banner';
const ADD = 'seller-guard-watchlist-add';
const BADGE = 'seller-guard-watchlist-badge .sg-wl-badge';
const ORDER_ROWS = '#orders-table tbody tr';
// Every US order, in one list (no status tab) and in the unshipped tab.
const ALL_ORDERS_US = 'https://sellercentral.amazon.com/orders-v3';

const JORDAN = FIXTURE_ORDERS.find((o) => o.orderId === '112-4837261-5938217')!;
const JORDAN_OTHER_ORDER = '113-9051746-2283901';
const GENERIC_ORDER = FIXTURE_ORDERS.find((o) => o.buyerName === 'Amazon Customer')!;

let harness: Harness;

// Each test sets up the entries it needs (an earlier test's entry is not assumed).
beforeAll(async () => {
  harness = await launchExtension('production');
  const options = await harness.openOptions();
  await options.getByLabel('Your name').fill('Dana Reyes');
  await options.getByRole('button', { name: 'Save settings' }).click();
  await options.getByText('Saved.').waitFor();
  await options.close();
});
afterAll(async () => {
  await harness?.close();
});

/** Stored watchlist entries, read from the extension's IndexedDB in the service worker. */
async function storedEntries(): Promise<Array<{ id: string; buyerNames: string[]; proxyEmails: string[]; orderIds: string[]; reason: string }>> {
  type Entry = Awaited<ReturnType<typeof storedEntries>>[number];
  return (await readStore<{ entries: Entry[] }>(harness.worker, 'watchlistChunks')).flatMap((chunk) => chunk.entries);
}

/** Import `entries` as a watchlist file from the options page (as the agent would). */
async function importWatchlist(name: string, entries: unknown[]): Promise<void> {
  const options = await harness.openOptions();
  await options.getByLabel('Import a watchlist file (JSON or CSV)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(watchlistFile(entries)) });
  await options.getByLabel('Import preview').getByText(`${entries.length} to add`).waitFor();
  await options.getByRole('button', { name: 'Apply import' }).click();
  await options.getByText(`Imported ${name}: ${entries.length} added, 0 updated, 0 skipped.`).waitFor();
  await options.close();
}

/** Jordan Ellis on the watchlist (imported unless an earlier step of this test run listed him). */
async function listJordan(): Promise<void> {
  if ((await storedEntries()).some((entry) => entry.proxyEmails.includes(JORDAN.buyerProxyEmail!))) return;
  await importWatchlist('jordan.json', [
    { buyerNames: ['Jordan Ellis'], proxyEmails: [JORDAN.buyerProxyEmail], orderIds: [JORDAN.orderId], reason: 'false-claim', severity: 'high' },
  ]);
}

/** An order page, once Seller Guard has read it (the add form is prefilled with the proxy email). */
async function openOrder(orderId: string): Promise<Page> {
  const page = await harness.open(`https://sellercentral.amazon.com/orders-v3/order/${orderId}`);
  await page.locator('[data-test-id="order-id-value"]').waitFor();
  return page;
}

/** The popup's watchlist line for `page` ('none', 'strong' or 'possible'), once answered. */
async function popupWatchlistState(page: Page): Promise<string | null> {
  const popup = await harness.openPopup(page);
  const line = popup.locator('[data-watchlist]:not([data-watchlist="checking"])');
  await line.waitFor();
  const state = await line.getAttribute('data-watchlist');
  await popup.close();
  return state;
}

describe('buyer watchlist in Chromium', () => {
  it('adding the buyer from an order page warns on their thread and on another order of the same proxy email', async () => {
    const order = await openOrder(JORDAN.orderId);
    await order.locator(ADD).getByRole('button', { name: 'Add to watchlist' }).click();
    const form = order.getByRole('form', { name: 'Add this buyer to the watchlist' });
    await expect.poll(() => form.getByLabel('Buyer email (proxy)').inputValue()).toBe(JORDAN.buyerProxyEmail);
    expect(await form.getByLabel('Buyer name').inputValue()).toBe('Jordan Ellis');
    expect(await form.getByLabel('Order ids').inputValue()).toBe(JORDAN.orderId);

    // The reason is required: saving without one names it and stores nothing.
    const before = await storedEntries();
    await form.getByRole('button', { name: 'Save to watchlist' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('Choose a reason');
    expect(await storedEntries()).toEqual(before);

    await form.getByLabel('Reason').selectOption('false-claim');
    await form.getByLabel('Severity').selectOption('high');
    await form.getByLabel('Note').fill('A-to-z claim "not received" after signed delivery');
    await form.getByRole('button', { name: 'Save to watchlist' }).click();
    await order.locator(ADD).getByRole('status').getByText('Added Jordan Ellis to the watchlist.').waitFor();
    const entry = (await storedEntries()).find((stored) => stored.proxyEmails.includes(JORDAN.buyerProxyEmail!));
    expect(entry).toMatchObject({ buyerNames: ['Jordan Ellis'], proxyEmails: [JORDAN.buyerProxyEmail], orderIds: [JORDAN.orderId], reason: 'false-claim' });

    // The banner appears at once on the order page itself.
    await order.locator(BANNER).waitFor();
    expect(await order.locator(BANNER).getAttribute('role')).toBe('alert');
    expect(await popupWatchlistState(order)).toBe('strong');

    // Their message thread: the proxy email there carries a +case tag.
    const thread = await harness.open(FIXTURE_URLS.threadUs);
    const banner = thread.locator(BANNER);
    await banner.waitFor();
    expect(await banner.getAttribute('role')).toBe('alert');
    expect(await banner.getAttribute('data-strength')).toBe('strong');
    // The team's notes: not on the page after a page script's click, shown after the agent's.
    const notes = 'A-to-z claim "not received" after signed delivery';
    expect(await pressFromPageScript(thread, 'seller-guard-watchlist-banner', 'Show notes')).toBe(true);
    expect(await banner.textContent()).not.toContain(notes);
    await banner.getByRole('button', { name: 'Show notes' }).click();
    await banner.getByText(notes).waitFor();
    const text = (await banner.textContent()) ?? '';
    for (const expected of [
      'False not-received or A-to-z claims',
      'High',
      'Listed since',
      'by Dana Reyes',
      '1 linked order',
      'A-to-z claim "not received" after signed delivery',
      'standard templates',
      'Amazon Buyer-Seller Messaging',
      'Capture evidence',
      'signature confirmation',
    ]) {
      expect(text).toContain(expected);
    }
    // Above the messaging app (then the add bar and the capture panel), not inside the page's own markup.
    const stack = await thread.evaluate(() => {
      const stacked: string[] = [];
      for (let e = document.querySelector('seller-guard-watchlist-banner'); e && stacked.length < 4; e = e.nextElementSibling) {
        stacked.push(e.localName + (e.id ? `#${e.id}` : ''));
      }
      return stacked;
    });
    expect(stack).toEqual(['seller-guard-watchlist-banner', 'seller-guard-watchlist-add', 'seller-guard-capture', 'div#messaging-app']);

    // Another order of the same buyer (same proxy email, order not listed).
    const other = await openOrder(JORDAN_OTHER_ORDER);
    await other.locator(BANNER).waitFor();
    expect(await other.locator(BANNER).getAttribute('data-strength')).toBe('strong');
    expect(await other.locator(`${BANNER} [data-field="match"]`).textContent()).toContain('buyer email');

    await Promise.all([order.close(), thread.close(), other.close()]);
    expect(harness.foreignRequests).toEqual([]);
  });

  it('marks the right order list rows only, and again after the table re-renders', async () => {
    await listJordan();
    const list = await harness.open(ALL_ORDERS_US);
    await list.locator(`${ORDER_ROWS} ${BADGE}`).first().waitFor();
    const badged = async () =>
      list.locator(ORDER_ROWS).evaluateAll((rows) =>
        rows.flatMap((row) => {
          const badge = row.querySelector('seller-guard-watchlist-badge')?.shadowRoot?.querySelector<HTMLElement>('.sg-wl-badge');
          const orderId = /\d{3}-\d{7}-\d{7}/.exec(row.textContent ?? '')?.[0];
          return badge ? [`${orderId} ${badge.dataset.strength}`] : [];
        }),
      );
    // Listed order: strong. Jordan's other order shows only his name on the list: possible.
    await expect.poll(badged).toEqual([`${JORDAN.orderId} strong`, `${JORDAN_OTHER_ORDER} possible`].sort(newestFirst));
    expect(await list.locator(ORDER_ROWS).count()).toBe(FIXTURE_ORDERS.filter((o) => o.marketplace === 'US').length);

    // SPA tab switch (no Jordan orders), then back: the table is rendered anew each time.
    await list.getByRole('link', { name: 'Unshipped', exact: true }).click();
    await list.waitForURL(/\/mfn\/unshipped/);
    await list.locator(ORDER_ROWS).first().waitFor();
    await expect.poll(() => list.locator(BADGE).count()).toBe(0);
    await list.goBack();
    await expect.poll(badged).toHaveLength(2);

    await list.close();
    expect(harness.foreignRequests).toEqual([]);
  });

  it('does not warn about a different buyer who also shows as "Amazon Customer"', async () => {
    // The team's file lists an "Amazon Customer" known only by another proxy email; Jordan is
    // listed too, the positive control on the order list.
    await listJordan();
    await importWatchlist('team.json', [
      { buyerNames: ['Amazon Customer'], proxyEmails: ['zz0other0buyer@marketplace.amazon.com'], reason: 'order-cancel', severity: 'watch' },
    ]);
    expect((await storedEntries()).flatMap((entry) => entry.proxyEmails)).toContain('zz0other0buyer@marketplace.amazon.com');

    // The watchlist feature ran on this page (its add bar is there) and matched it: no one listed.
    const order = await openOrder(GENERIC_ORDER.orderId);
    await order.locator(ADD).getByRole('button', { name: 'Add to watchlist' }).waitFor();
    expect(await popupWatchlistState(order)).toBe('none');
    expect(await order.locator(BANNER).count()).toBe(0);

    // The list marks Jordan's row (the feature ran on it), and not the other "Amazon Customer".
    const list = await harness.open(ALL_ORDERS_US);
    await list.locator(`${ORDER_ROWS} ${BADGE}`).first().waitFor();
    const genericRow = list.locator(ORDER_ROWS).filter({ hasText: GENERIC_ORDER.orderId });
    expect(await genericRow.locator('seller-guard-watchlist-badge').count()).toBe(0);

    await Promise.all([order.close(), list.close()]);
    expect(harness.foreignRequests).toEqual([]);
  });

  it.each([
    [
      'bad.json',
      watchlistFile([
        { proxyEmails: ['aa11bb22@marketplace.amazon.com'], reason: 'order-cancel', severity: 'watch' },
        { proxyEmails: ['cc33dd44@marketplace.amazon.com'], reason: 'false-claim', severity: 'extreme' },
      ]),
      ['Entry 2', '"severity"', 'Nothing was imported'],
    ],
    ['bad.csv', 'reason,severity,proxyEmails\norder-cancel,watch,ee55@marketplace.amazon.com\nother,high,ff66@marketplace.amazon.com\n', ['Line 3', '"notes"', 'Nothing was imported']],
  ])('refuses the bad file %s in the options page, naming row and field, and changes nothing', async (name, text, expected) => {
    const before = await storedEntries();
    const options = await harness.openOptions();
    const cards = options.getByRole('list', { name: 'Watchlist entries' }).getByRole('listitem');
    await expect.poll(() => cards.count()).toBe(before.length);

    await options.getByLabel('Import a watchlist file (JSON or CSV)').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
    const alert = options.locator('#watchlist').getByRole('alert');
    await alert.waitFor();
    for (const part of expected) expect(await alert.textContent()).toContain(part);
    expect(await options.getByLabel('Import preview').count()).toBe(0);
    expect(await storedEntries()).toEqual(before);
    expect(await cards.count()).toBe(before.length);
    await options.close();
  });

  it('takes the banner away after SPA navigation to a buyer who is not listed', async () => {
    await listJordan();
    const thread = await harness.open(FIXTURE_URLS.threadUs);
    await thread.locator(BANNER).waitFor();
    await thread.locator('.case-list-item').filter({ hasText: 'Maria Gonzalez' }).click();
    await thread.waitForURL(/cc=2b9d8e7f/);
    await thread.locator('.order-side-panel').getByText('Maria Gonzalez').first().waitFor();
    await expect.poll(() => thread.locator(BANNER).count()).toBe(0);
    expect(await popupWatchlistState(thread)).toBe('none');
    expect(await thread.locator(BANNER).count()).toBe(0);

    // And back to Jordan's case: the warning returns.
    await thread.locator('.case-list-item').filter({ hasText: '112-4837261-5938217' }).click();
    await thread.locator(BANNER).waitFor();
    await thread.close();
    expect(harness.foreignRequests).toEqual([]);
  });
});

describe('a page script and the watchlist form', () => {
  it('cannot save the form by clicking or submitting it; the agent’s own Save (from the keyboard) still saves', async () => {
    const maria = FIXTURE_ORDERS.find((o) => o.buyerName === 'Maria Gonzalez')!;
    const before = await storedEntries();
    const order = await openOrder(maria.orderId);
    await order.locator(ADD).getByRole('button', { name: 'Add to watchlist' }).click();
    const form = order.getByRole('form', { name: 'Add this buyer to the watchlist' });
    await expect.poll(() => form.getByLabel('Buyer name').inputValue()).toBe('Maria Gonzalez');
    await form.getByLabel('Reason').selectOption('payment-fraud');
    // The page's own script writes the note, then clicks Save and submits the form.
    await order.evaluate(() => {
      const note = document.querySelector('seller-guard-watchlist-add')!.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[name="notes"]')!;
      note.value = 'Written by the page';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(await pressFromPageScript(order, 'seller-guard-watchlist-add', 'Save to watchlist')).toBe(true);
    expect(await storedEntries()).toEqual(before);
    expect(await form.count()).toBe(1); // still open: nothing was saved
    expect(await form.getByLabel('Note').inputValue()).toBe('Written by the page');

    // The agent's own Save, here Enter on the focused button, saves; had the page's attempt been
    // stored, this would say the buyer was already listed.
    await form.getByRole('button', { name: 'Save to watchlist' }).focus();
    await order.keyboard.press('Enter');
    await order.locator(ADD).getByRole('status').getByText('Added Maria Gonzalez to the watchlist.').waitFor();
    expect(await storedEntries()).toHaveLength(before.length + 1);
    await order.close();
  });
});

function watchlistFile(entries: unknown[]): string {
  return JSON.stringify({ format: 'seller-guard-watchlist', version: 1, exportedAt: '2026-05-01T09:30:00Z', entries });
}

/** Order "<order id> <strength>" lines as the list shows them: newest purchase first. */
function newestFirst(a: string, b: string): number {
  const date = (line: string) => Date.parse(FIXTURE_ORDERS.find((o) => line.startsWith(o.orderId))!.purchaseDate);
  return date(b) - date(a);
}
