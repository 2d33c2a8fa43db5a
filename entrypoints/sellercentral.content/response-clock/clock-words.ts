import { formatDuration } from 'date-fns';
import { currentLanguage, t } from '../../../locales/current';
import { dateLocale, dateTimeText } from '../../../locales/dates';
import type { ClockState } from '../../../rules/clock/response-clock';

/** Whole minutes as the clock says them: minutes under an hour, hours under two days, then days. */
function durationText(minutes: number): string {
  const duration = minutes < 60 ? { minutes } : minutes < 48 * 60 ? { hours: Math.floor(minutes / 60) } : { days: Math.floor(minutes / (24 * 60)) };
  return formatDuration(duration, { locale: dateLocale(currentLanguage()), zero: true });
}

/** "Answer within 5 hours" / "Overdue by 2 hours" and the hint naming the due time; null without a clock. */
export function clockWords(state: ClockState): { text: string; hint: string } | null {
  if (state.kind === 'none') return null;
  const hint = t('clock.hint', { due: dateTimeText(new Date(state.dueAt), currentLanguage()) });
  if (state.kind === 'overdue') return { text: t('clock.overdueBy', { time: durationText(state.minutesOver) }), hint };
  return { text: t('clock.dueIn', { time: durationText(state.minutesLeft) }), hint };
}
