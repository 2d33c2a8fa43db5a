import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showBadgePart } from '../../../../entrypoints/background/badge/toolbar-badge';
import { registerResponseClock } from '../../../../entrypoints/background/response-clock/register-clock';
import { updateSettings } from '../../../../storage/settings';
import { removeAllListeners, sendMessage } from '../../../../utils/messaging';

const HOUR = 3_600_000;

beforeEach(() => {
  removeAllListeners();
});

describe('the response clock in the background', () => {
  it('keeps what pages showed and counts the threads due soon or overdue on the badge, saying what it counts', async () => {
    registerResponseClock();
    const now = Date.now();
    const clocks = [
      { caseId: 'overdue', dueAt: now - 2 * HOUR },
      { caseId: 'soon', dueAt: now + 3 * HOUR },
      { caseId: 'later', dueAt: now + 20 * HOUR },
      { caseId: 'answered', dueAt: null },
    ];
    expect(await sendMessage('reportResponseClocks', { clocks })).toEqual({ ok: true, value: null });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getTitle({})).toBe(
      'Seller Guard: 2 buyer threads to answer within 4 h or overdue (of the threads seen here in the last day)',
    );
    expect(await sendMessage('responseClockSummary', {})).toEqual({ ok: true, value: { seen: 4, dueSoon: 2, overdue: 1, warnHours: 4 } });
    expect(await sendMessage('seenResponseClocks', { caseIds: ['soon', 'answered', 'unseen'] })).toEqual({
      ok: true,
      value: { soon: now + 3 * HOUR, answered: null },
    });

    // A wider warning window counts the later thread too; an answer seen later replaces what was seen.
    await updateSettings({ clockWarnHours: 21 });
    await sendMessage('reportResponseClocks', { clocks: [{ caseId: 'overdue', dueAt: null }] });
    expect(await sendMessage('responseClockSummary', {})).toEqual({ ok: true, value: { seen: 4, dueSoon: 2, overdue: 0, warnHours: 21 } });
  });

  it.each([
    [{ clocks: [{ caseId: '', dueAt: null }] }],
    [{ clocks: [{ caseId: 'x'.repeat(201), dueAt: null }] }],
    [{ clocks: [{ caseId: 'a', dueAt: 'soon' }] }],
    [{ clocks: Array.from({ length: 501 }, (_, i) => ({ caseId: `c${i}`, dueAt: null })) }],
  ])('refuses a malformed report and stores nothing', async (data) => {
    registerResponseClock();
    const answer = await sendMessage('reportResponseClocks', data as never);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await fakeBrowser.storage.local.get('responseClocks')).toEqual({});
  });
});

describe('the shared toolbar badge', () => {
  it('shows the response clock count when there is one, else the watchlist count, and names both in the title', async () => {
    await showBadgePart('watchlist', { count: 3, title: 'watchlist: 3 due for review', color: '#b12704' });
    await showBadgePart('clock', { count: 0, title: 'clock: 0', color: '#c45500' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    expect(await fakeBrowser.action.getTitle({})).toBe('watchlist: 3 due for review');
    await showBadgePart('clock', { count: 2, title: 'clock: 2 to answer soon', color: '#c45500' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getTitle({})).toBe('clock: 2 to answer soon\nwatchlist: 3 due for review');
    await showBadgePart('watchlist', { count: 0, title: 'watchlist: 0', color: '#b12704' });
    await showBadgePart('clock', { count: 0, title: 'clock: 0', color: '#c45500' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('Seller Guard');
  });
});
