import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { parseDisplayedTime } from '../../../../rules/clock/displayed-time';

// Now: Monday 7 December 2026, 12:00 in the browser's zone. Expected values are local times too.
const NOW = new Date(2026, 11, 7, 12, 0);
const shown = (text: string, marketplace: string | null = null) => {
  const parsed = parseDisplayedTime(text, NOW, marketplace);
  return parsed ? format(parsed, 'yyyy-MM-dd HH:mm') : null;
};

describe('parseDisplayedTime: relative times', () => {
  it.each([
    ['3 hours ago', '2026-12-07 09:00'],
    ['an hour ago', '2026-12-07 11:00'],
    ['45 min ago', '2026-12-07 11:15'],
    ['2 days ago', '2026-12-05 12:00'],
    ['just now', '2026-12-07 12:00'],
    ['vor 3 Stunden', '2026-12-07 09:00'],
    ['vor einer Stunde', '2026-12-07 11:00'],
    ['vor 20 Minuten', '2026-12-07 11:40'],
    ['vor 2 Tagen', '2026-12-05 12:00'],
    ['il y a 3 heures', '2026-12-07 09:00'],
    ['hace 3 horas', '2026-12-07 09:00'],
    ['3 ore fa', '2026-12-07 09:00'],
    ['3 時間前', '2026-12-07 09:00'],
    ['3小时前', '2026-12-07 09:00'],
    ['１５分钟前', '2026-12-07 11:45'],
    ['刚刚', '2026-12-07 12:00'],
  ])('%s → %s', (text, expected) => expect(shown(text)).toBe(expected));
});

describe('parseDisplayedTime: day words and times of day', () => {
  it.each([
    ['Yesterday 14:05', '2026-12-06 14:05'],
    ['Yesterday at 2:05 PM', '2026-12-06 14:05'],
    ['Today 9:30 AM', '2026-12-07 09:30'],
    ['Gestern', '2026-12-06 00:00'],
    ['Gestern, 14:05', '2026-12-06 14:05'],
    ['Heute um 9:30 Uhr', '2026-12-07 09:30'],
    ['Hier à 14h05', '2026-12-06 14:05'],
    ['Ayer 14:05', '2026-12-06 14:05'],
    ['Ieri alle 14:05', '2026-12-06 14:05'],
    ['昨天 14:05', '2026-12-06 14:05'],
    ['昨天 下午2:05', '2026-12-06 14:05'],
    ['昨日 14:05', '2026-12-06 14:05'],
    ['前天 08:00', '2026-12-05 08:00'],
    ['10:15', '2026-12-07 10:15'],
    ['2:05 PM', '2026-12-06 14:05'], // later than now today: yesterday's
  ])('%s → %s', (text, expected) => expect(shown(text)).toBe(expected));
});

describe('parseDisplayedTime: absolute dates in each marketplace format', () => {
  it.each([
    ['Dec 9, 2025 10:12 AM', 'US', '2025-12-09 10:12'],
    ['Jun 5, 2024 3:04 PM', null, '2024-06-05 15:04'],
    ['5 Jul 2026 9:30 pm', 'UK', '2026-07-05 21:30'],
    ['9/12/2025', 'US', '2025-09-12 00:00'],
    ['9/12/2025 3:04 PM', 'US', '2025-09-12 15:04'],
    ['9/12/2025', 'UK', '2025-12-09 00:00'],
    ['09/12/2025 14:05', 'FR', '2025-12-09 14:05'],
    ['9.12.2025', 'DE', '2025-12-09 00:00'],
    ['09.12.2025, 14:05', 'DE', '2025-12-09 14:05'],
    ['5. Nov. 2025, 17:48', 'DE', '2025-11-05 17:48'],
    ['5. Sept. 2025, 17:48', 'DE', '2025-09-05 17:48'],
    ['5. März 2025', 'DE', '2025-03-05 00:00'],
    ['2025/12/9 10:12', 'JP', '2025-12-09 10:12'],
    ['2025/12/09', 'CN', '2025-12-09 00:00'],
    ['2025年12月4日(木) 23:45 JST', 'JP', '2025-12-04 23:45'],
    ['2025-12-09 10:12', null, '2025-12-09 10:12'],
    ['9 déc. 2025 14:05', 'FR', '2025-12-09 14:05'],
    ['9 de diciembre de 2025', 'ES', '2025-12-09 00:00'],
    ['9 dic 2025 14:05', 'IT', '2025-12-09 14:05'],
    ['Dec 9 10:12 AM', 'US', '2025-12-09 10:12'], // no year, later than now this year: last year's
    ['Dec 5', 'US', '2026-12-05 00:00'],
    ['Thu, Dec 4, 2025 10:12 AM PST', 'US', '2025-12-04 10:12'],
  ])('%s (%s) → %s', (text, marketplace, expected) => expect(shown(text, marketplace)).toBe(expected));
});

describe('parseDisplayedTime: what is no message time', () => {
  it.each([[''], ['Order 112-4837261-5938217'], ['hierarchy'], ['25:10'], ['31/31/2025'], ['3 parsecs ago'], ['Yesterday 99:00'], ['x'.repeat(81)]])(
    '%s → null',
    (text) => expect(shown(text)).toBeNull(),
  );

  it('refuses long texts before looking at them (every step is linear below the cap)', () => {
    for (const text of ['vor '.repeat(5_000), '1'.repeat(20_000), `${'Yesterday '.repeat(2_000)}14:05`]) {
      expect(parseDisplayedTime(text, NOW)).toBeNull();
    }
  });
});
