import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import { callBackground } from '../../../utils/call-background';
import type { ClockSummary } from '../../../utils/clock-protocol';
import './popup-clock.css';

/**
 * The response clock's count: buyer threads seen in the last day that are due within the
 * warning window or overdue, and plainly what it is counted from (this browser's visits, not
 * the whole inbox).
 */
export function PopupClock() {
  const [summary, setSummary] = useState<ClockSummary | null>(null);
  useEffect(() => {
    let current = true;
    void callBackground('responseClockSummary', {}).then((result) => {
      if (current && result.ok) setSummary(result.value);
    });
    return () => {
      current = false;
    };
  }, []);
  if (!summary || summary.seen === 0) return null;
  const hours = summary.warnHours;
  const soon = summary.dueSoon - summary.overdue;
  return (
    <section class="popup-clock" aria-labelledby="popup-clock-title">
      <h2 id="popup-clock-title">{t('clock.popup.title')}</h2>
      <p role="status" data-testid="popup-clock-count">
        {summary.dueSoon === 0 ? t('clock.popup.none', { hours }) : null}
        {summary.overdue > 0 ? <strong class="popup-clock-overdue">{t.plural('clock.popup.overdue', summary.overdue)}</strong> : null}
        {summary.overdue > 0 && soon > 0 ? ' · ' : null}
        {soon > 0 ? <span class="popup-clock-soon">{t.plural('clock.popup.soon', soon, { hours })}</span> : null}
      </p>
      <p class="popup-clock-basis">{t.plural('clock.popup.basis', summary.seen)}</p>
    </section>
  );
}
