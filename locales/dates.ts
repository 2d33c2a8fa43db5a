import { format, formatDistance, type Locale } from 'date-fns';
import { languagePack } from './language-packs';
import type { Language } from './languages';

/** The date-fns locale for an interface language (English dates read "5 Dec 2025"); its pack must be loaded. */
export function dateLocale(language: Language): Locale {
  return languagePack(language).dateLocale;
}

/** "5 Dec 2025", "05.12.2025", "2025年12月5日". */
export function dayText(date: Date, language: Language): string {
  return format(date, 'PP', { locale: dateLocale(language) });
}

/** Date and time: "5 Dec 2025, 09:30", "05.12.2025, 09:30", "2025年12月5日 09:30". */
export function dateTimeText(date: Date, language: Language): string {
  return format(date, 'PPp', { locale: dateLocale(language) });
}

/** "3 hours ago", "vor 3 Stunden", "3 小时前"; "in 2 days" for a future date. */
export function relativeText(date: Date, now: Date, language: Language): string {
  return formatDistance(date, now, { addSuffix: true, locale: dateLocale(language) });
}

/**
 * Date and 24-hour time with seconds as the clock read in UTC, for evidence read anywhere:
 * "10 December 2025 17:05:00", "10. Dezember 2025 17:05:00", "2025年12月10日 17:05:00".
 */
export function utcDateTimeText(date: Date, language: Language): string {
  // date-fns formats local time: format a local date whose wall clock shows the UTC fields.
  const wallClock = new Date(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  );
  wallClock.setFullYear(date.getUTCFullYear());
  return `${format(wallClock, 'PPP', { locale: dateLocale(language) })} ${format(wallClock, 'HH:mm:ss')}`;
}
