/**
 * The words Seller Central (and helpdesk views) use for message times, by language: relative
 * times ("3 hours ago", "vor 3 Stunden", "3 小时前"), day words ("Yesterday", "Gestern", "昨天")
 * and 12-hour markers. English, German, French, Spanish, Italian, Japanese and Chinese, the
 * languages the readers know. Data only; `displayed-time.ts` reads it.
 */

/** What a unit word means, in minutes. */
export const UNIT_MINUTES = { second: 1 / 60, minute: 1, hour: 60, day: 24 * 60, week: 7 * 24 * 60 } as const;
export type TimeUnit = keyof typeof UNIT_MINUTES;

/** Unit words, lower case, each language's singular and plural spellings and abbreviations. */
export const UNIT_WORDS: Readonly<Record<string, TimeUnit>> = {
  // en
  s: 'second', sec: 'second', secs: 'second', second: 'second', seconds: 'second',
  m: 'minute', min: 'minute', mins: 'minute', minute: 'minute', minutes: 'minute',
  h: 'hour', hr: 'hour', hrs: 'hour', hour: 'hour', hours: 'hour',
  d: 'day', day: 'day', days: 'day', week: 'week', weeks: 'week',
  // de
  sekunde: 'second', sekunden: 'second', 'sek.': 'second', minuten: 'minute', 'min.': 'minute',
  stunde: 'hour', stunden: 'hour', std: 'hour', 'std.': 'hour', tag: 'day', tagen: 'day', woche: 'week', wochen: 'week',
  // fr
  seconde: 'second', secondes: 'second', heure: 'hour', heures: 'hour', jour: 'day', jours: 'day', semaine: 'week', semaines: 'week',
  // es
  segundo: 'second', segundos: 'second', minuto: 'minute', minutos: 'minute', hora: 'hour', horas: 'hour',
  día: 'day', días: 'day', dia: 'day', dias: 'day', semana: 'week', semanas: 'week',
  // it
  secondo: 'second', secondi: 'second', minuti: 'minute', ora: 'hour', ore: 'hour', giorno: 'day', giorni: 'day',
  settimana: 'week', settimane: 'week',
  // ja, zh
  秒: 'second', 秒钟: 'second', 分: 'minute', 分钟: 'minute', 分鐘: 'minute', 時間: 'hour', 小时: 'hour', 小時: 'hour', 个小时: 'hour',
  日: 'day', 天: 'day', 週間: 'week', 周: 'week', 星期: 'week',
};

/** Count words for "an hour ago", "vor einer Stunde", "il y a une heure". */
export const ONE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'one', 'ein', 'eine', 'einer', 'einem', 'un', 'une', 'una', 'uno', "un'", '一', '一个', '一個']);

/**
 * Relative-time shapes: the count-and-unit part, and around it the words before and after.
 * Group `n` = count, `u` = unit word. Each shape is a fixed prefix/suffix, so matching is linear.
 */
export const RELATIVE_SHAPES: readonly RegExp[] = [
  /^(?<n>\d+|an?|one)\s*(?<u>[a-z]+)\.?\s+ago$/u, // en: 3 hours ago, an hour ago, 5 min ago
  /^vor\s+(?<n>\d+|eine[rm]?|ein)\s+(?<u>[a-zäöü]+\.?)$/u, // de: vor 3 Stunden, vor einer Stunde
  /^il y a\s+(?<n>\d+|une?)\s+(?<u>[a-zé]+)$/u, // fr: il y a 3 heures
  /^hace\s+(?<n>\d+|una?|uno)\s+(?<u>[a-zí]+)$/u, // es: hace 3 horas
  /^(?<n>\d+|una?|un')\s*(?<u>[a-z]+)\s+fa$/u, // it: 3 ore fa
  /^(?<n>\d+|一个|一個|一)\s*(?<u>秒钟?|分钟|分鐘|分|个?小时|小時|時間|日|天|週間|周|星期)前$/u, // ja, zh: 3 時間前, 3小时前
];

/** "Just now" in each language: the message is as old as now. */
export const NOW_WORDS: ReadonlySet<string> = new Set(['just now', 'now', 'gerade eben', 'jetzt', "à l'instant", 'ahora', 'ahora mismo', 'adesso', 'proprio ora', 'たった今', '刚刚', '剛剛']);

/** Day words: how many days before today they mean. */
export const DAY_WORDS: ReadonlyArray<{ word: string; daysAgo: number }> = [
  { word: 'today', daysAgo: 0 }, { word: 'yesterday', daysAgo: 1 },
  { word: 'heute', daysAgo: 0 }, { word: 'gestern', daysAgo: 1 }, { word: 'vorgestern', daysAgo: 2 },
  { word: "aujourd'hui", daysAgo: 0 }, { word: 'aujourd’hui', daysAgo: 0 }, { word: 'hier', daysAgo: 1 }, { word: 'avant-hier', daysAgo: 2 },
  { word: 'hoy', daysAgo: 0 }, { word: 'ayer', daysAgo: 1 }, { word: 'anteayer', daysAgo: 2 },
  { word: 'oggi', daysAgo: 0 }, { word: 'ieri', daysAgo: 1 }, { word: "l'altro ieri", daysAgo: 2 },
  { word: '今日', daysAgo: 0 }, { word: '昨日', daysAgo: 1 }, { word: '一昨日', daysAgo: 2 },
  { word: '今天', daysAgo: 0 }, { word: '昨天', daysAgo: 1 }, { word: '前天', daysAgo: 2 },
];

/** Words between a day word and its time ("Yesterday at 14:05", "Gestern um 14:05 Uhr"). */
export const AT_WORDS: ReadonlySet<string> = new Set(['at', 'um', 'à', 'a las', 'a la', 'alle', "all'", 'alle ore']);

/** 12-hour markers before or after the time: true = afternoon. */
export const HALF_DAY_WORDS: Readonly<Record<string, boolean>> = {
  am: false, 'a.m.': false, pm: true, 'p.m.': true, 午前: false, 午後: true, 上午: false, 下午: true, 早上: false, 晚上: true,
};
