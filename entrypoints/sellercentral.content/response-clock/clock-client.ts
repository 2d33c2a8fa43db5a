import { getSettings, watchSettings } from '../../../storage/settings';
import type { ResponseDue } from '../../../rules/clock/response-clock';
import { callBackground } from '../../../utils/call-background';
import type { SeenClock } from '../../../utils/clock-protocol';
import { logError } from '../../../utils/errors';

/**
 * The content script's side of the response clock: the warning window from the settings, and
 * what this browser has seen of each case, kept by the background for the toolbar badge.
 */

/** The agent's "warn at N hours left", kept current for the page session. */
export function followWarnHours(signal: AbortSignal, changed: () => void): () => number {
  let hours = 4;
  void getSettings().then((settings) => {
    hours = settings.clockWarnHours;
    changed();
  });
  const stop = watchSettings((settings) => {
    if (settings.clockWarnHours === hours) return;
    hours = settings.clockWarnHours;
    changed();
  });
  signal.addEventListener('abort', stop);
  return () => hours;
}

/** What was seen of these cases (due time, or null when no answer was needed); unknown ones are left out. */
export async function seenClocks(caseIds: string[]): Promise<Record<string, number | null>> {
  if (!caseIds.length) return {};
  const result = await callBackground('seenResponseClocks', { caseIds });
  if (!result.ok) logError('response clock', result.error.message);
  return result.ok ? result.value : {};
}

/** A case's clock as seen, for the background; null for a due time that could not be read. */
export function seenClock(caseId: string | null, due: ResponseDue): SeenClock | null {
  if (!caseId) return null;
  if ('dueAt' in due) return { caseId, dueAt: due.dueAt };
  return due.none === 'time-unknown' ? null : { caseId, dueAt: null };
}

/** Tell the background what this page showed (it counts them on the toolbar badge). */
export function reportClocks(clocks: (SeenClock | null)[]): void {
  const known = clocks.filter((clock): clock is SeenClock => clock !== null);
  if (!known.length) return;
  void callBackground('reportResponseClocks', { clocks: known }).then((result) => {
    if (!result.ok) logError('response clock', result.error.message);
  });
}
