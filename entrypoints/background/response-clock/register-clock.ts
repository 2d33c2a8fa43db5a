import { browser } from 'wxt/browser';
import { onLanguageChange, t } from '../../../locales/current';
import { recordSeenClocks, seenClocksOf, summarizeSeenClocks } from '../../../storage/clock/seen-clocks';
import { getSettings, watchSettings } from '../../../storage/settings';
import { reportClocksSchema, seenClocksQuerySchema, type ClockSummary } from '../../../utils/clock-protocol';
import { emptySchema } from '../../../utils/protocol';
import { showBadgePart } from '../badge/toolbar-badge';
import { handle } from '../handle';

/** The alarm that recounts every minute: threads enter the warning window as time passes. */
export const RESPONSE_CLOCK_ALARM = 'response-clock';

/** Count the threads seen in the last day that are due soon or overdue, and show them on the badge. */
export async function refreshClockBadge(now = Date.now()): Promise<ClockSummary> {
  const summary = await summarizeSeenClocks((await getSettings()).clockWarnHours, now);
  await showBadgePart('clock', {
    count: summary.dueSoon,
    title: t.plural('clock.badge.title', summary.dueSoon, { hours: summary.warnHours }),
    color: summary.overdue > 0 ? '#b12704' : '#c45500',
  });
  return summary;
}

/**
 * The response clock in the background: what pages showed of each case (kept a day in
 * `browser.storage.local`), the seen clocks for the case list's rows, the popup's summary,
 * and the toolbar badge, recounted when a page reports, when the warning window changes and
 * every minute.
 */
export function registerResponseClock(): void {
  const report = (error: unknown) => console.error('[Seller Guard] response clock badge:', error);
  const refresh = () => void refreshClockBadge().catch(report);
  handle('reportResponseClocks', reportClocksSchema, async ({ clocks }) => {
    await recordSeenClocks(clocks);
    await refreshClockBadge();
    return null;
  });
  handle('seenResponseClocks', seenClocksQuerySchema, ({ caseIds }) => seenClocksOf(caseIds));
  handle('responseClockSummary', emptySchema, () => refreshClockBadge());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RESPONSE_CLOCK_ALARM) refresh();
  });
  watchSettings(refresh);
  onLanguageChange(refresh);
  void (async () => {
    if (!(await browser.alarms.get(RESPONSE_CLOCK_ALARM))) await browser.alarms.create(RESPONSE_CLOCK_ALARM, { periodInMinutes: 1 });
    await refreshClockBadge();
  })().catch(report);
}
