import { t } from '../../../locales/current';
import { dateTimeText, relativeText } from '../../../locales/dates';

/**
 * A capture time as "3 hours ago · 5 Jul 2026, 09:30" in the interface language (date-fns
 * locales). The ISO instant is the tooltip.
 */
export function ArchiveTime({ iso, now = new Date() }: { iso: string; now?: Date }) {
  const date = new Date(iso);
  return (
    <time dateTime={iso} title={iso}>
      {relativeText(date, now, t.language)} · {dateTimeText(date, t.language)}
    </time>
  );
}
