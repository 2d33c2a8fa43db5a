import { browser } from 'wxt/browser';
import { onLanguageChange, t } from '../../../locales/current';
import { countOverdue } from '../../../storage/watchlist/watchlist-store';
import { badgeText, showBadgePart } from '../badge/toolbar-badge';

/** Name of the alarm that recounts overdue reviews once a day. */
export const WATCHLIST_REVIEW_ALARM = 'watchlist-review';
const DAY_MINUTES = 24 * 60;

/** Badge text for `n` entries due for review: empty when none, capped so it fits. */
export const overdueBadgeText = badgeText;

/**
 * Show on the toolbar icon how many watchlist entries are due for review (the title says
 * it in words). Returns the count.
 */
export async function refreshOverdueBadge(now = new Date()): Promise<number> {
  const overdue = await countOverdue(now);
  // Shared with the response clock's count (badge/toolbar-badge.ts says which one shows).
  await showBadgePart('watchlist', { count: overdue, title: t.plural('badge.overdue', overdue), color: '#b12704' });
  return overdue;
}

/** The next local midnight, when entries added on some day become due. */
function nextMidnight(now: Date): number {
  const next = new Date(now);
  next.setHours(24, 0, 5, 0);
  return next.getTime();
}

/** Keep the badge current: now (service worker start), and daily at midnight by an alarm. */
export function startOverdueBadge(): void {
  onLanguageChange(() => void refreshOverdueBadge().catch(report));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WATCHLIST_REVIEW_ALARM) void refreshOverdueBadge().catch(report);
  });
  void (async () => {
    if (!(await browser.alarms.get(WATCHLIST_REVIEW_ALARM))) {
      await browser.alarms.create(WATCHLIST_REVIEW_ALARM, { when: nextMidnight(new Date()), periodInMinutes: DAY_MINUTES });
    }
    await refreshOverdueBadge();
  })().catch(report);
}

function report(error: unknown): void {
  console.error('[Seller Guard] watchlist badge:', error);
}
