import { intlFormat, intlFormatDistance } from 'date-fns';

/**
 * A capture time as "3 hours ago · 5 Jul 2026, 09:30", in the browser's language (date-fns
 * formats through Intl, so no locale data is bundled). The ISO instant is the tooltip.
 */
export function ArchiveTime({ iso, now = new Date() }: { iso: string; now?: Date }) {
  const date = new Date(iso);
  const locale = navigator.languages?.length ? [...navigator.languages] : navigator.language;
  return (
    <time dateTime={iso} title={iso}>
      {intlFormatDistance(date, now, { locale })} · {intlFormat(date, { dateStyle: 'medium', timeStyle: 'short' } as Intl.DateTimeFormatOptions, { locale })}
    </time>
  );
}
