/**
 * The last line of defence of capture masking, on text alone: the buyer's address lines and
 * phone numbers (as the page readers found them) are removed wherever they occur in a
 * capture's stored text, and so is any phone-number-looking run just after a phone label.
 * Pure and linear: hand-written scanning, no regular expression that could backtrack.
 */

/** What replaces a removed value in the stored text. */
export const MASK = '[masked]';

/** A phone-number-looking run: 7 to 15 digits with the usual separators. */
interface PhoneRun {
  start: number;
  end: number;
  text: string;
  /** Its digits, ASCII. */
  digits: string;
}

const MIN_PHONE_DIGITS = 7;
// E.164 allows 15; longer runs are order ids, tracking numbers and the like.
const MAX_PHONE_DIGITS = 15;
const SEPARATORS = new Set([' ', '\u00a0', '-', '‐', '‑', '–', '—', '－', '.', '(', ')', '（', '）', '/', '／']);
// How far before a run a phone label may sit ("Phone number (mobile): +49 …").
const LABEL_WINDOW = 32;

/** The ASCII digit of `char` (ASCII or full-width), or null. */
function digitOf(char: string): string | null {
  const code = char.charCodeAt(0);
  if (code >= 0x30 && code <= 0x39) return char;
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
  return null;
}

/**
 * Every phone-number-looking run in `text`: starts with a digit, `+`, `＋` or an opening
 * bracket, ends with a digit, 7 to 15 digits in all.
 * @example findPhoneRuns('Phone: +1 206-555-0143') // [{ text: '+1 206-555-0143', digits: '12065550143', … }]
 */
export function findPhoneRuns(text: string): PhoneRun[] {
  const runs: PhoneRun[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    const opens = char === '+' || char === '＋' || char === '(' || char === '（';
    if (!opens && digitOf(char) === null) {
      index++;
      continue;
    }
    const start = index;
    let digits = '';
    let end = index;
    let at = opens ? index + 1 : index;
    for (; at < text.length; at++) {
      const digit = digitOf(text[at]!);
      if (digit !== null) {
        digits += digit;
        end = at + 1;
      } else if (!SEPARATORS.has(text[at]!)) break;
    }
    if (digits.length >= MIN_PHONE_DIGITS && digits.length <= MAX_PHONE_DIGITS) {
      runs.push({ start, end, text: text.slice(start, end), digits });
    }
    // Never start again inside what was just scanned: a part of a longer number is no phone,
    // and rescanning would make a run of brackets quadratic.
    index = Math.max(at, index + 1);
  }
  return runs;
}

function digitsOf(text: string): string {
  let digits = '';
  for (const char of text) digits += digitOf(char) ?? '';
  return digits;
}

/** The same number written differently ("+1 206-555-0143" and "(206) 555-0143"). */
function sameNumber(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_PHONE_DIGITS && long.endsWith(short);
}

/** True when a phone label is just before `start` on its line, or ends the line before when the run starts a line. */
function afterPhoneLabel(text: string, start: number, labels: readonly string[]): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let before = text.slice(Math.max(lineStart, start - LABEL_WINDOW), start);
  if (!before.trim() && lineStart > 0) {
    const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    before = text.slice(Math.max(previousStart, lineStart - 1 - LABEL_WINDOW), lineStart - 1);
  }
  const lower = before.toLowerCase();
  return labels.some((label) => lower.includes(label));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Replace whole occurrences of `value` (short ones only between non-word characters). */
function removeAll(text: string, value: string): { text: string; count: number } {
  const needsBoundary = value.length < 4;
  let out = '';
  let from = 0;
  let count = 0;
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length)) {
    const before = text[at - 1];
    const after = text[at + value.length];
    if (needsBoundary && ((before && WORD_CHAR.test(before)) || (after && WORD_CHAR.test(after)))) continue;
    out += text.slice(from, at) + MASK;
    from = at + value.length;
    count++;
  }
  return { text: out + text.slice(from), count };
}

interface PersonalValues {
  /** The address as shown, one entry per line. */
  addressLines: readonly string[];
  /** The phone numbers shown. */
  phoneNumbers: readonly string[];
  /** Values kept even when they are an address line: the buyer's name, which is order data. */
  keep?: readonly string[];
  /** Phone labels of every language, lower case ("phone", "電話番号"). */
  phoneLabels: readonly string[];
}

/**
 * `text` without the given address lines and phone numbers, wherever they occur, and without
 * any phone-number-looking run that follows a phone label. Returns what was removed.
 * @example maskPersonalValues('Call 206-555-0143', { addressLines: [], phoneNumbers: ['+1 206-555-0143'], phoneLabels: [] }).text // 'Call [masked]'
 */
export function maskPersonalValues(text: string, values: PersonalValues): { text: string; addressLines: number; phones: number } {
  const keep = new Set((values.keep ?? []).map((value) => value.trim().toLowerCase()));
  const lines = [...new Set(values.addressLines.map((line) => line.trim()))]
    .filter((line) => digitsOf(line).length + line.replace(/[^\p{L}]/gu, '').length >= 2 && !keep.has(line.toLowerCase()))
    .sort((a, b) => b.length - a.length); // a longer line first, so a shorter one inside it cannot split it
  let masked = text;
  let addressLines = 0;
  for (const line of lines) {
    const result = removeAll(masked, line);
    masked = result.text;
    addressLines += result.count;
  }
  let phones = 0;
  // As shown first (a number run into its neighbours by spaces is no single run), then written otherwise.
  for (const phone of values.phoneNumbers) {
    const result = removeAll(masked, phone.trim());
    masked = result.text;
    phones += result.count;
  }
  const runs = findPhoneRuns(masked);
  const labelled = runs.filter((run) => afterPhoneLabel(masked, run.start, values.phoneLabels));
  // A number after a phone label is the phone too, wherever else it is written.
  const numbers = [...values.phoneNumbers.map(digitsOf), ...labelled.map((run) => run.digits)].filter(
    (digits) => digits.length >= MIN_PHONE_DIGITS,
  );
  let out = '';
  let from = 0;
  for (const run of runs) {
    if (!numbers.some((digits) => sameNumber(digits, run.digits))) continue;
    out += masked.slice(from, run.start) + MASK;
    from = run.end;
    phones++;
  }
  return { text: out + masked.slice(from), addressLines, phones };
}
