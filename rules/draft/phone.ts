import { type CountryCode, findPhoneNumbersInText, parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js';
import { detectSpelledPhones, detectVanityPhones } from './phone-words';
import { quote, report, type DraftScan } from './scan';
import type { Span } from './types';

/**
 * `phone`: numbers checked by libphonenumber-js in international form and in the national
 * formats of the marketplaces, plus vanity numbers and digits spelled out in words.
 *
 * Phone detection is where false alarms come from (order ids, tracking numbers, dates and
 * part numbers are digit runs too), so a number must pass three gates: it lies outside every
 * look-alike span, libphonenumber-js (its costly part) only sees runs of 7+ digits with a
 * plausible national shape, and a national number without a phone word nearby ("call",
 * "Tel.", "電話") must be written with the grouping its country uses.
 */

const CANDIDATE_RE = /(?<![\w./+-])(?:\+|\(\+?)?\d[\d \u00a0()./-]{5,28}\d(?!\w)/g;
/** Words that say a phone number follows. A bare "number" does not: order, customer and part numbers are numbers too. */
const KEYWORD_RE = /call|phone|\btel\b|tel\.|mobile|\bcell|\bring|\btext|sms|whats\s?app|\bfax|hotline|contact|reach|telefon|handy|mobil|rufnummer|anruf|erreich|téléphone|\btél|portable|appel|joindre|teléfono|móvil|celular|llam|llám|telefono|cellulare|chiam|電話|携帯|ショートメール|电话|手机|致电|拨打|热线|短信|微信|viber|signal|telegram|\bline\b|\b(?:my|our|mein\w*|unser\w*|mon|notre|mi|nuestro|il mio|il nostro|la mia)\s+(?:number|nummer|numéro|número|numero)\b|\bnumber's\b/i;

/** National shapes (digits only) of the marketplaces' numbers, most used marketplaces first. */
const NATIONAL_SHAPES: ReadonlyArray<readonly [CountryCode, RegExp]> = [
  ['US', /^1?[2-9]\d{2}[2-9]\d{6}$/],
  ['DE', /^0[1-9]\d{5,12}$/],
  ['GB', /^0[1-9]\d{8,9}$/],
  ['FR', /^0[1-9]\d{8}$/],
  ['IT', /^(?:0\d{5,10}|3\d{8,9})$/],
  ['ES', /^[6-9]\d{8}$/],
  ['JP', /^0[1-9]\d{8,9}$/],
  ['CN', /^(?:0[1-9]\d{8,10}|1[3-9]\d{9}|[48]00\d{7})$/],
  ['IN', /^0?[6-9]\d{9}$/],
  ['AU', /^0[2-478]\d{8}$/],
  ['MX', /^[1-9]\d{9}$/],
  ['BR', /^0?[1-9]{2}9?\d{8}$/],
  ['NL', /^0[1-9]\d{8}$/],
  ['PL', /^[1-9]\d{8}$/],
  ['TR', /^0?[2-5]\d{9}$/],
  ['SE', /^0[1-9]\d{6,9}$/],
];
/** At most this many libphonenumber-js look-ups per number: keeps odd digit runs cheap. */
const MAX_COUNTRIES = 5;

/** Report phone numbers (numeric, vanity, spelled out) outside look-alike spans and links. */
export function detectPhones(scan: DraftScan): void {
  const { text } = scan;
  const masks = [...scan.safe, ...scan.linked];
  CANDIDATE_RE.lastIndex = 0;
  for (let m = CANDIDATE_RE.exec(text); m; m = CANDIDATE_RE.exec(text)) {
    for (const piece of unmasked(m.index, m.index + m[0].length, masks)) checkPiece(scan, trim(text, piece));
  }
  detectVanityPhones(scan);
  detectSpelledPhones(scan);
}

/** The parts of `[start, end)` outside every mask. */
function unmasked(start: number, end: number, masks: readonly Span[]): Span[] {
  let pieces: Span[] = [{ start, end }];
  for (const mask of masks) {
    if (mask.end <= start || mask.start >= end) continue;
    pieces = pieces.flatMap((p) => (mask.end <= p.start || mask.start >= p.end ? [p]
      : [{ start: p.start, end: mask.start }, { start: mask.end, end: p.end }].filter((q) => q.end > q.start)));
  }
  return pieces;
}

/** Shrink a piece to start at a digit, `+` or `(` and end at a digit. */
function trim(text: string, { start, end }: Span): Span {
  while (start < end && !/[\d+(]/.test(text[start] ?? '')) start++;
  while (end > start && !/\d/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

function checkPiece(scan: DraftScan, { start, end }: Span): void {
  const { text } = scan;
  const raw = text.slice(start, end);
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 7) return;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const keyword = KEYWORD_RE.test(text.slice(Math.max(lineStart, start - 40), start));
  if (/^\(?\+/.test(raw) || /^00[1-9]/.test(raw)) {
    const international = raw.startsWith('00') ? ` +${raw.slice(2)}` : raw;
    if (digits.length <= 15 && parsePhoneNumberFromString(international)?.isValid()) return phone(scan, start, end);
    // A longer run may hold several numbers; let the library split it.
    const found = digits.length > 15 ? findPhoneNumbersInText(international) : [];
    for (const f of found) phone(scan, start + f.startsAt, start + f.endsAt);
    if (!found.length && keyword && digits.length <= 15) phone(scan, start, end);
    return;
  }
  const grouped = /\D/.test(raw);
  if (!grouped && !keyword) return;
  let tries = 0;
  for (const [country, shape] of NATIONAL_SHAPES) {
    if (!shape.test(digits)) continue;
    if (++tries > MAX_COUNTRIES) break;
    const number = parsePhoneNumberFromString(raw, country);
    if (number?.isValid() && (keyword || writtenAsInCountry(raw, number))) {
      phone(scan, start, end);
      return;
    }
  }
  if (keyword && digits.length <= 13 && (grouped || digits.length >= 9)) phone(scan, start, end);
}

/**
 * True when a national number is written as its country writes it: with the trunk prefix
 * when the country uses one ("030 1234567", not "30 1234567"), and, for countries without a
 * trunk prefix, with groups that fall on the country's own group boundaries ("612 34 56 78",
 * not the part number "45-1234-567").
 */
function writtenAsInCountry(written: string, number: PhoneNumber): boolean {
  const groups = written.split(/\D+/).filter(Boolean);
  if (groups.length < 2) return false;
  if (number.country === 'ES' && /^\d{3}\D+\d{3}\D+\d{3}$/.test(written)) return true; // "912 345 678", as Spain writes it too
  const national = number.formatNational();
  const nationalDigits = national.replace(/\D/g, '');
  const writtenDigits = groups.join('');
  if (!writtenDigits.endsWith(nationalDigits)) return false; // the trunk prefix is missing
  if (nationalDigits.startsWith('0')) return true;
  const offset = writtenDigits.length - nationalDigits.length;
  const allowed = new Set<number>([0]);
  let at = 0;
  for (const group of national.split(/\D+/).filter(Boolean)) allowed.add((at += group.length));
  at = -offset;
  for (const group of groups.slice(0, -1)) if (!allowed.has((at += group.length)) && at !== 0) return false;
  return true;
}

function phone(scan: DraftScan, start: number, end: number): void {
  report(scan, 'phone.number', 'phone', start, end, 'draft.finding.phone.number', { quote: quote(scan, start, end) });
}
