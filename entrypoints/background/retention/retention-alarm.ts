import { browser } from 'wxt/browser';
import { runRetention } from '../../../storage/archive/retention';
import { learnArchiveStopTerms, readStopTerms } from '../../../storage/archive/stop-terms';
import { getSettings } from '../../../storage/settings';

export const RETENTION_ALARM = 'seller-guard-retention';
const DAY_MINUTES = 24 * 60;

/** Run retention with the agent's current settings (redact after N days, optional delete). */
export async function runScheduledRetention(): Promise<void> {
  const { retention, agentName } = await getSettings();
  try {
    await runRetention(retention, agentName);
    await learnArchiveStopTerms();
  } catch (error) {
    // The next alarm tries again; nothing was half-done (each batch is one transaction).
    console.error('[Seller Guard] retention run failed', error);
  }
}

/**
 * Retention (and learning the search index's stop terms) runs once a day on an alarm (alarms survive service-worker restarts), first a
 * few minutes after the extension starts so a browser left closed catches up.
 */
export function registerRetentionAlarm(): void {
  // Captures index without the archive's stop terms once they are known here.
  void readStopTerms().catch(() => undefined);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void runScheduledRetention();
  });
  void browser.alarms.get(RETENTION_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 5, periodInMinutes: DAY_MINUTES });
  });
}
