import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerWatchlist } from '../../../../entrypoints/background/watchlist/register-watchlist';
import {
  WATCHLIST_REVIEW_ALARM,
  overdueBadgeText,
  refreshOverdueBadge,
  startOverdueBadge,
} from '../../../../entrypoints/background/watchlist/toolbar-badge-count';
import { toWatchlistHit } from '../../../../entrypoints/background/watchlist/hit-for-page';
import { addWatchlistEntry, matchWatchlist, reviewWatchlistEntry } from '../../../../storage/watchlist/watchlist-store';
import { removeAllListeners, sendMessage } from '../../../../utils/messaging';
import { canceller, daysAfter, freshDatabase, fraudster, T0 } from '../../storage/watchlist/watchlist-helpers';

beforeEach(async () => {
  removeAllListeners();
  await freshDatabase();
});

describe('what a page learns about a matched entry', () => {
  it('gets reason, severity, since, linked orders, notes and overdue, but not history or evidence', async () => {
    const { entry } = await addWatchlistEntry({ ...fraudster, orderIds: ['302-1234567-7654321', '302-1234567-0000001'] }, T0);
    const [match] = await matchWatchlist({ proxyEmail: 'X7K2M9Q4W1Z8C3V+case9@marketplace.amazon.de', orderIds: ['302-1234567-0000001'] });
    const view = toWatchlistHit(match!, daysAfter(T0, 91));
    expect(view).toEqual({
      entryId: entry.id,
      strength: 'strong',
      matchedBy: ['proxyEmail', 'orderId'],
      buyerName: 'Jürgen Müller',
      reason: 'false-claim',
      severity: 'high',
      notes: 'A-to-z claim after signed delivery',
      addedAt: T0.toISOString(),
      addedBy: 'Mia',
      linkedOrders: 2,
      reviewDue: entry.reviewDue,
      overdue: true,
    });
    expect(toWatchlistHit(match!, daysAfter(T0, 89)).overdue).toBe(false);
  });
});

describe('the toolbar badge', () => {
  it.each([
    [0, ''],
    [1, '1'],
    [42, '42'],
    [150, '99+'],
  ])('shows %i overdue entries as "%s"', (n, text) => {
    expect(overdueBadgeText(n)).toBe(text);
  });

  it('counts active entries due for review', async () => {
    await addWatchlistEntry(fraudster, T0);
    await addWatchlistEntry(canceller, daysAfter(T0, 30));
    expect(await refreshOverdueBadge(daysAfter(T0, 100))).toBe(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getTitle({})).toContain('1 watchlist entry is due for review');
    expect(await refreshOverdueBadge(daysAfter(T0, 10))).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('is refreshed at start and by a daily alarm of its own', async () => {
    const { entry } = await addWatchlistEntry(fraudster, daysAfter(new Date(), -100));
    startOverdueBadge();
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('1');
    const alarm = await fakeBrowser.alarms.get(WATCHLIST_REVIEW_ALARM);
    expect(alarm?.periodInMinutes).toBe(24 * 60);

    await reviewWatchlistEntry(entry.id);
    await fakeBrowser.alarms.onAlarm.trigger({ name: WATCHLIST_REVIEW_ALARM, scheduledTime: Date.now(), persistAcrossSessions: true });
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('');
  });
});

describe('background messages', () => {
  it('match a page and order list rows without opening IndexedDB in the page', async () => {
    registerWatchlist();
    await addWatchlistEntry(fraudster, T0);
    const page = await sendMessage('matchWatchlistPage', { proxyEmail: 'x7k2m9q4w1z8c3v+abc@marketplace.amazon.de', orderIds: [], buyerName: null });
    expect(page).toMatchObject({ ok: true, value: [{ strength: 'strong', matchedBy: ['proxyEmail'] }] });
    const rows = await sendMessage('matchWatchlistRows', {
      rows: [
        { proxyEmail: null, orderIds: ['302-1234567-7654321'], buyerName: 'Someone' },
        { proxyEmail: null, orderIds: ['302-9999999-9999999'], buyerName: 'Amazon Customer' },
        { proxyEmail: null, orderIds: ['302-9999999-0000000'], buyerName: 'jurgen MULLER' },
      ],
    });
    expect(rows.ok && rows.value.map((hits) => hits.map((h) => h.strength))).toEqual([['strong'], [], ['possible']]);
  });

  it('refuse malformed data and adds that do not come from a Seller Central page', async () => {
    registerWatchlist();
    expect(await sendMessage('matchWatchlistRows', { rows: 'all' } as never)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await sendMessage('addToWatchlist', fraudster)).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('Seller Central page') } });
    expect(await sendMessage('matchWatchlistPage', { proxyEmail: null, orderIds: [], buyerName: null })).toEqual({ ok: true, value: [] });
  });
});
