import { isValid, parse, set, startOfDay, subDays, subMinutes, subYears, type Locale } from 'date-fns';
import { de, enUS, es, fr, it } from 'date-fns/locale';
import { AT_WORDS, DAY_WORDS, HALF_DAY_WORDS, NOW_WORDS, ONE_WORDS, RELATIVE_SHAPES, UNIT_MINUTES, UNIT_WORDS } from './time-words';

/** Longer texts are no message time (and are not looked at: every step stays linear). */
const MAX_LENGTH = 80;

/** Marketplaces whose slashed dates put the month first (9/12/2025 = September 12). */
const MONTH_FIRST = new Set(['US', 'CA']);

// Texts arrive with single spaces (see parseDisplayedTime), so one optional space is enough.
const CLOCK = /^(?:(午前|午後|上午|下午|早上|晚上) ?)?(\d{1,2})[:h時点](\d{2})(?::\d{2})?(?: ?(a\.?m\.?|p\.?m\.?))?(?: ?uhr)?分?$/u;
/** "PST", "MEZ", "JST" after a time (3–5 capitals; AM/PM have two). */
const ZONE = /^[A-Z]{3,5}$/u;
/** Words that may stand between a date and its time ("Dec 9, 2025 at 10:12 AM"). */
const DATE_AT_WORDS = new Set(['at', 'um', 'à', 'alle']);

/** Date formats with month names, per locale (date-fns tokens). */
const NAMED: ReadonlyArray<{ locale: Locale; formats: readonly string[] }> = [
  { locale: enUS, formats: ['MMM d, yyyy', 'EEE, MMM d, yyyy', 'MMMM d, yyyy', 'd MMM yyyy', 'd MMMM yyyy', 'MMM d', 'd MMM'] },
  { locale: de, formats: ['d. MMM yyyy', 'd. MMMM yyyy', 'd. MMM', 'd. MMMM'] },
  { locale: fr, formats: ['d MMM yyyy', 'd MMMM yyyy'] },
  { locale: es, formats: ["d 'de' MMMM 'de' yyyy", 'd MMM yyyy', "d 'de' MMM 'de' yyyy"] },
  { locale: it, formats: ['d MMM yyyy', 'd MMMM yyyy'] },
];
/** Formats that start with a number: day, year or numeric month ("M/d", not "MMM"). */
const DIGIT_LED = /^(?:[dy]|M(?!M))/u;
const YEAR_FIRST = ['yyyy/M/d', 'yyyy-M-d', 'yyyy.M.d', 'yyyy年M月d日', 'M月d日'];
const DOTTED = ['d.M.yyyy', 'd.M.yy', 'd-M-yyyy'];

/** "Sept." (as some pages write it) is date-fns' "Sep."; "(木)" weekdays are dropped. */
const tidy = (text: string) => text.replace(/\([^)]{1,4}\)/gu, ' ').replace(/\bSept\./giu, 'Sep.').replace(/\s+/gu, ' ').trim();

interface Clock {
  hours: number;
  minutes: number;
}

/** "14:05", "2:05 pm", "午後2:05", "14h05", "14:05 Uhr" (lower case). */
function parseClock(text: string): Clock | null {
  const match = CLOCK.exec(text.trim());
  if (!match) return null;
  let hours = Number(match[2]);
  const minutes = Number(match[3]);
  const afternoon = HALF_DAY_WORDS[(match[1] ?? match[4] ?? '').replace(/\./gu, '')];
  if (afternoon !== undefined) {
    if (hours > 12) return null;
    hours = (hours % 12) + (afternoon ? 12 : 0);
  }
  return hours < 24 && minutes < 60 ? { hours, minutes } : null;
}

const atClock = (day: Date, clock: Clock) => set(day, { hours: clock.hours, minutes: clock.minutes, seconds: 0, milliseconds: 0 });

/** "3 hours ago", "vor einer Stunde", "il y a 2 jours", "3 小时前", "just now". */
function relative(lower: string, now: Date): Date | null {
  if (NOW_WORDS.has(lower)) return now;
  for (const shape of RELATIVE_SHAPES) {
    const groups = shape.exec(lower)?.groups;
    if (!groups) continue;
    const unit = UNIT_WORDS[groups.u ?? ''] ?? UNIT_WORDS[(groups.u ?? '').replace(/\.$/u, '')];
    const count = ONE_WORDS.has(groups.n ?? '') ? 1 : Number(groups.n);
    if (!unit || !Number.isFinite(count)) return null;
    return subMinutes(now, count * UNIT_MINUTES[unit]);
  }
  return null;
}

/** "Yesterday 14:05", "Gestern, 14:05", "昨天 14:05", "Heute um 9:30 Uhr", "Gestern" (its first minute). */
function dayWord(lower: string, now: Date): Date | null {
  for (const { word, daysAgo } of DAY_WORDS) {
    if (!lower.startsWith(word)) continue;
    let rest = lower.slice(word.length).replace(/^[\s,]+/u, '');
    if (/^\p{L}/u.test(rest) && !/^(午前|午後|上午|下午|早上|晚上)/u.test(rest)) {
      const at = [...AT_WORDS].find((candidate) => rest.startsWith(`${candidate} `));
      if (!at) continue; // "hierarchy", "todays": not a day word
      rest = rest.slice(at.length + 1);
    }
    const day = startOfDay(subDays(now, daysAgo));
    if (!rest) return day;
    const clock = parseClock(rest);
    return clock ? atClock(day, clock) : null;
  }
  return null;
}

/** A time alone ("14:05", "2:05 PM"): today's, or yesterday's when today's is still to come. */
function timeOnly(lower: string, now: Date): Date | null {
  const clock = parseClock(lower);
  if (!clock) return null;
  const today = atClock(now, clock);
  return today.getTime() > now.getTime() ? subDays(today, 1) : today;
}

/** The date part of an absolute time, by the marketplace's order for slashed dates. */
function parseDay(text: string, now: Date, marketplace: string | null): Date | null {
  const slashed = MONTH_FIRST.has(marketplace ?? '') ? ['M/d/yyyy', 'M/d/yy'] : ['d/M/yyyy', 'd/M/yy'];
  const tables = /\p{L}/u.test(text.replace(/[年月日]/gu, ''))
    ? NAMED
    : [{ locale: enUS, formats: /^\d{4}/u.test(text) || /月/u.test(text) ? YEAR_FIRST : [...DOTTED, ...slashed] }];
  // A date starting with a digit is tried only with formats that do (and the other way round).
  const leadingDigit = /^\d/u.test(text);
  for (const { locale, formats } of tables) {
    for (const format of formats) {
      if (DIGIT_LED.test(format) !== leadingDigit) continue;
      const parsed = parse(text, format, now, { locale });
      if (!isValid(parsed)) continue;
      // A date shown without its year is this year's, or last year's when that is still to come.
      return !/y/u.test(format) && parsed.getTime() > now.getTime() ? subYears(parsed, 1) : parsed;
    }
  }
  return null;
}

/** An absolute time split into its date and its time of day (the last one or two words). */
function splitClock(words: readonly string[]): { date: string; clock: Clock | null } {
  for (const count of [2, 1]) {
    if (words.length <= count) continue;
    const clock = parseClock(words.slice(-count).join(' ').toLowerCase());
    if (!clock) continue;
    const rest = words.slice(0, -count);
    if (DATE_AT_WORDS.has(rest.at(-1)?.toLowerCase() ?? '')) rest.pop();
    return { date: rest.join(' ').replace(/,$/u, ''), clock };
  }
  return { date: words.join(' '), clock: null };
}

/** "Dec 9, 2025 10:12 AM", "5. Nov. 2025, 17:48", "2025/12/9 10:12", "09/12/2025", "2025年12月4日(木) 23:45 JST". */
function absolute(text: string, now: Date, marketplace: string | null): Date | null {
  const words = tidy(text).split(' ');
  if (words.length > 1 && ZONE.test(words.at(-1) ?? '')) words.pop();
  const { date, clock } = splitClock(words);
  const day = date ? parseDay(date, now, marketplace) : null;
  if (!day) return null;
  return clock ? atClock(day, clock) : day;
}

/**
 * A message time as the page shows it, in any language the readers know, as a `Date` in the
 * browser's zone (the page shows the agent's): relative ("3 hours ago", "vor 3 Stunden",
 * "3 小时前"), a day word and time ("Yesterday 14:05", "Gestern", "昨天 14:05"), a time alone
 * (today), or an absolute date in the marketplace's order (US M/D/YYYY, DE D.M.YYYY, UK
 * D/M/YYYY, JP/CN Y/M/D, month names in en/de/fr/es/it). A day without a time means its first
 * minute, the earliest the message can have been written. Null for anything else. Linear:
 * a fixed table of shapes and formats, texts over 80 characters refused.
 *
 * @example parseDisplayedTime('vor 3 Stunden', new Date('2026-12-07T12:00')) // 2026-12-07T09:00
 * @example parseDisplayedTime('9/12/2025', now, 'US') // 12 September 2025; with 'UK': 9 December
 */
export function parseDisplayedTime(displayed: string | null | undefined, now: Date, marketplace: string | null = null): Date | null {
  const text = displayed?.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  if (!text || text.length > MAX_LENGTH) return null;
  const lower = text.toLowerCase();
  return relative(lower, now) ?? dayWord(lower, now) ?? timeOnly(lower, now) ?? absolute(text, now, marketplace);
}
