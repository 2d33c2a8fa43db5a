/**
 * Search terms for the evidence archive. One function turns any text into index terms, the
 * same way for what is stored and for what an agent types, so that:
 * - case and diacritics do not matter (`Rückerstattung` ⇄ `ruckerstattung`, and German
 *   `rueckerstattung` too), nor full-width forms (`ＡＢＣ１２３` ⇄ `abc123`);
 * - identifiers stay whole (`112-3456789-0123456`, `B0CX23V2ZK`, `1Z999AA10123456784`,
 *   proxy emails) and their parts are terms as well, so the last 7 digits of an order find it;
 * - Chinese and Japanese, written without spaces, are searchable through overlapping
 *   character pairs (bigrams) plus the last character of each run, so any substring of two
 *   or more characters, and any single character as a prefix, is found;
 * - very common function words (the, und, le…) are not indexed: they would add an index
 *   entry to nearly every capture and find nothing an agent wants.
 * Pure: runs in the background (at capture time), the popup (queries) and Node tests.
 */

/** Terms longer than this are junk (base64, long URLs); their parts are still terms. */
export const MAX_TERM_LENGTH = 64;

/** Runs of Han, Hiragana and Katakana characters (and their marks of iteration / length). */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005\u3006\u30f6]+/gu;
/** A word: letters/digits, optionally joined by `- _ . @ + / ' ’` into a compound (never `:`, kept for field terms). */
const WORD = /[\p{L}\p{N}]+(?:['’\-_.@+/][\p{L}\p{N}]+)*/gu;
const PART = /[\p{L}\p{N}]+/gu;
const APOSTROPHES = /['’]/g;
const LATIN_FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', ı: 'i', þ: 'th' };
/** Printable ASCII (and line breaks, tabs), which folding only lower-cases. */
const PLAIN_ASCII = /^[\t\n\r -~]*$/;
const GERMAN_VOWELS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };

const STOPWORDS = new Set(
  [
    // English
    'the an and or of to in on at is it be as by for with this that you your are was were has have',
    // German
    'der die das den dem des und oder ein eine einer einen ist im zu mit von auf für es sie ich wir',
    // French, Spanish, Italian
    'le la les un une des du et ou est en au aux el los las y o es un una del il lo gli e di da che',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Fold text for matching: NFKC (full-width and compatibility forms), lower case, Latin
 * diacritics removed (combining marks U+0300–036F only, so Japanese voiced marks stay), and
 * a few letters with no decomposition spelled out (ß → ss, ø → o…).
 * @example foldText('Rückerstattung ＡＢＣ') // 'ruckerstattung abc'
 */
export function foldText(text: string): string {
  // Plain ASCII has no compatibility forms, diacritics or special letters: every step below
  // but the lower-casing leaves it unchanged, and skipping them halves the cost of `tokenize`.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]+/g, '')
    .replace(/[ßæœøđðłıþ]/g, (ch) => LATIN_FOLDS[ch] ?? ch)
    .normalize('NFC');
}

function addWord(out: Set<string>, word: string): void {
  if (word.length < 2 || word.length > MAX_TERM_LENGTH) return;
  if (STOPWORDS.has(word)) return;
  out.add(word);
}

function addCjkRun(out: Set<string>, run: string): void {
  const chars = [...run];
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  out.add(chars[chars.length - 1]!);
}

/** Words of one compound (`a-b.c`), the compound itself and, for German umlauts, ae/oe/ue. */
function addCompound(out: Set<string>, raw: string): void {
  const germanVariant = /[äöü]/.test(raw) ? foldText(raw.replace(/[äöü]/g, (ch) => GERMAN_VOWELS[ch]!)) : null;
  const folded = foldText(raw);
  const joined = folded.replace(APOSTROPHES, '');
  for (const form of germanVariant ? [joined, germanVariant.replace(APOSTROPHES, '')] : [joined]) {
    addWord(out, form);
    const parts = form.match(PART) ?? [];
    if (parts.length > 1) for (const part of parts) addWord(out, part);
  }
}

/**
 * Index terms of a text, in order of first appearance, without duplicates.
 * @example tokenize('Order 112-3456789-0123456: Die Lieferung war beschädigt')
 * // ['order', '112-3456789-0123456', '112', '3456789', '0123456', 'lieferung', 'war', 'beschadigt', 'beschaedigt']
 * @example tokenize('商品が破損') // ['商品', '品が', 'が破', '破損', '損']
 */
export function tokenize(text: string): string[] {
  const out = new Set<string>();
  // Lower-case first so the German variant sees ä even in "Ä"; NFKC so full-width CJK punctuation splits runs.
  const source = text.normalize('NFKC').toLowerCase();
  // Split on CJK runs: between them, ordinary words.
  let last = 0;
  for (const match of source.matchAll(CJK_RUN)) {
    addWords(out, source.slice(last, match.index));
    addCjkRun(out, match[0]);
    last = match.index + match[0].length;
  }
  addWords(out, source.slice(last));
  return [...out];
}

function addWords(out: Set<string>, text: string): void {
  for (const match of text.matchAll(WORD)) addCompound(out, match[0]);
}

/**
 * Text folded the way terms are (both German spellings included), so that every term of
 * `tokenize(text)` is a substring of it: a cheap test that rules a word out before tokenising.
 * @example searchableText("Didn't Rückerstattung") // "didnt ruckerstattung\ndidnt rueckerstattung"
 */
export function searchableText(text: string): string {
  const lower = text.normalize('NFKC').toLowerCase();
  const folded = foldText(lower).replace(APOSTROPHES, '');
  return /[äöü]/.test(lower) ? `${folded}\n${foldText(lower.replace(/[äöü]/g, (ch) => GERMAN_VOWELS[ch]!)).replace(APOSTROPHES, '')}` : folded;
}

/** One term of a query: matched exactly, or as the start of indexed terms. */
export interface TermMatch {
  term: string;
  prefix: boolean;
}

/**
 * The terms an agent's typed word must match, folded like stored text. A word becomes one
 * prefix term (its compound form: `112-48` finds `112-4837261-5938217`); stop words give
 * nothing; a Chinese/Japanese run of two or more characters becomes its bigrams (all must
 * be present), a single character a prefix.
 * @example queryTerms('Beschädigt') // [{ term: 'beschadigt', prefix: true }]
 * @example queryTerms('破損した') // 破損, 損し, した (exact)
 */
export function queryTerms(word: string): TermMatch[] {
  const out: TermMatch[] = [];
  const source = word.normalize('NFKC').toLowerCase();
  const addLatin = (text: string) => {
    for (const match of text.matchAll(WORD)) {
      const term = foldText(match[0]).replace(APOSTROPHES, '');
      if (term.length <= MAX_TERM_LENGTH && !STOPWORDS.has(term)) out.push({ term, prefix: true });
    }
  };
  let last = 0;
  for (const match of source.matchAll(CJK_RUN)) {
    addLatin(source.slice(last, match.index));
    const chars = [...match[0]];
    if (chars.length === 1) out.push({ term: chars[0]!, prefix: true });
    for (let i = 0; i + 1 < chars.length; i++) out.push({ term: chars[i]! + chars[i + 1]!, prefix: false });
    last = match.index + match[0].length;
  }
  addLatin(source.slice(last));
  return out.filter((t, i) => out.findIndex((o) => o.term === t.term) === i);
}
