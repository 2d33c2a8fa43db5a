import { execAroundGate } from './obfuscation';
import { quote, report, type DraftScan } from './scan';

const WORDS = [
  'zero', 'oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine',
  'null', 'eins', 'zwei', 'zwo', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun',
  'zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'sept', 'huit', 'neuf',
  'cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve',
  'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove',
].join('|');
/** Runs of number words and digit groups; kept when they hold 7+ digits, 3+ of them words. */
const NOT_LETTER_BEFORE = String.raw`(?<![A-Za-z0-9À-ÿ])`;
const NOT_LETTER_AFTER = String.raw`(?![A-Za-z0-9À-ÿ])`;
const SPELLED_RE = new RegExp(String.raw`${NOT_LETTER_BEFORE}(?:${WORDS}|\d{1,4})(?:[\s,.\-]{1,3}(?:${WORDS}|\d{1,4})){2,}${NOT_LETTER_AFTER}`, 'gi');
const WORD_RE = new RegExp(String.raw`^(?:${WORDS})$`, 'i');
/** Two number words in a row: the only places worth reading with the long pattern. */
const SPELLED_GATE_RE = new RegExp(String.raw`${NOT_LETTER_BEFORE}(?:${WORDS})[\s,.\-]{1,3}(?:${WORDS})${NOT_LETTER_AFTER}`, 'gi');
/** Chinese/Japanese numerals: 〇九〇 一二三四 五六七八, 一三八零零一三八零零零. */
const CJK_DIGITS_RE = /[〇零一二三四五六七八九幺两](?:[\s\-ー－、,]*[〇零一二三四五六七八九幺两]){6,}/g;
const CJK_GATE_RE = /[〇零一二三四五六七八九幺两]{2}/;
/** Toll-free vanity numbers: 1-800-FLOWERS, (888) GO-FEDEX. */
const VANITY_RE = /(?<![\w-])(?:1[\s.-]?)?\(?8(?:00|33|44|55|66|77|88)\)?[\s.-]?([a-z0-9](?:[\s.-]?[a-z0-9]){6,8})(?![\w-])/gi;

/** Report phone numbers written in number words (seven languages) or CJK numerals. */
export function detectSpelledPhones(scan: DraftScan): void {
  const { text } = scan;
  execAroundGate(text, SPELLED_GATE_RE, SPELLED_RE, 60, 80, (m, start, end) => {
    const tokens = m[0].split(/[\s,.-]+/).filter(Boolean);
    const words = tokens.filter((t) => WORD_RE.test(t)).length;
    const digits = tokens.reduce((n, t) => n + (WORD_RE.test(t) ? 1 : t.length), 0);
    if (words >= 3 && digits >= 7) spelled(scan, start, end);
  });
  if (CJK_GATE_RE.test(text)) {
    CJK_DIGITS_RE.lastIndex = 0;
    for (let m = CJK_DIGITS_RE.exec(text); m; m = CJK_DIGITS_RE.exec(text)) spelled(scan, m.index, m.index + m[0].length);
  }
}

function spelled(scan: DraftScan, start: number, end: number): void {
  report(scan, 'phone.spelled-out', 'phone', start, end,
    'draft.finding.phone.spelled-out', { quote: quote(scan, start, end) });
}

/** Report toll-free numbers spelled with letters: 1-800-FLOWERS. */
export function detectVanityPhones(scan: DraftScan): void {
  const { text } = scan;
  VANITY_RE.lastIndex = 0;
  for (let m = VANITY_RE.exec(text); m; m = VANITY_RE.exec(text)) {
    if ((m[1]?.match(/[a-z]/gi)?.length ?? 0) < 2) continue;
    const end = m.index + m[0].length;
    report(scan, 'phone.vanity', 'phone', m.index, end,
      'draft.finding.phone.vanity', { quote: quote(scan, m.index, end) });
  }
}
