import { formatDuration } from 'date-fns';
import { currentLanguage, t } from '../../../locales/current';
import { dateLocale, dateTimeText } from '../../../locales/dates';
import type { ClockState } from '../../../rules/clock/response-clock';

/** Whole minutes as the clock says them: minutes under an hour, hours under two days, then days. */
function durationText(minutes: number): string {
  const duration = minutes < 60 ? { minutes } : minutes < 48 * 60 ? { hours: Math.floor(minutes / 60) } : { days: Math.floor(minutes / (24 * 60)) };
  return formatDuration(duration, { locale: dateLocale(currentLanguage()), zero: true });
}

// The hint names the due time, which does not change from minute to minute: formatted once.
let hints = new Map<string, string>();

function hintFor(dueAt: number): string {
  const key = `${currentLanguage()} ${dueAt}`;
  let hint = hints.get(key);
  if (hint === undefined) {
    if (hints.size > 1_000) hints = new Map();
    hint = t('clock.hint', { due: dateTimeText(new Date(dueAt), currentLanguage()) });
    hints.set(key, hint);
  }
  return hint;
}

/** "Answer within 5 hours" / "Overdue by 2 hours" and the hint naming the due time; null without a clock. */
export function clockWords(state: ClockState): { text: string; hint: string } | null {
  if (state.kind === 'none') return null;
  const hint = hintFor(state.dueAt);
  if (state.kind === 'overdue') return { text: t('clock.overdueBy', { time: durationText(state.minutesOver) }), hint };
  return { text: t('clock.dueIn', { time: durationText(state.minutesLeft) }), hint };
}
