/**
 * Shared pieces for links and emails written to slip past filters: "dot"/"at" spelled out
 * in the marketplaces' languages, bracketed `[.]`/`(at)`, and text typed with a space
 * between every letter.
 */

/** TLDs accepted after a spelled-out dot. Kept to real, common ones to avoid prose matches. */
export const SPELLED_TLDS = String.raw`com|net|org|info|biz|shop|store|online|site|io|co\.uk|co\.jp|uk|co|de|fr|es|it|jp|cn|eu|us|ca|au|nl|be|at|ch|pl|se|in|me|tv|app|xyz|ru|br|mx`;

/** TLDs that are also everyday words ("el punto es que"): need a path or an end after them. */
export const WORDLIKE_TLDS = new Set(['es', 'de', 'it', 'in', 'at', 'me', 'be', 'us', 'co', 'se', 'ca']);

/**
 * A dot written to dodge filters: `(dot)`, `[.]`, ` dot `, ` punkt `, ` . `, `ドット`, `点`.
 * Leading spaces are taken only from the start of their run, so a long run of spaces is read once.
 */
export const SPELLED_DOT = String.raw`(?:(?<!\s)\s+)?(?:[\[({<]\s*(?:dot|punkt|punto|point|\.)\s*[\])}>]|\s(?:dot|punkt|punto|point|ponto)\s|\s\.\s|ドット|どっと|点|點)\s*`;

/** An at sign written to dodge filters: `[at]`, ` at `, `arroba`, `アットマーク`, ` @ `. */
export const SPELLED_AT = String.raw`\s*(?:[\[({<]\s*(?:at|@|aet)\s*[\])}>]|\s(?:at|ät)\s|\s@\s|\s?(?:arroba|arobase|chiocciola|klammeraffe|アットマーク|あっとまーく|艾特)\s?)\s*`;

/** Bracketed or non-word separators, as opposed to words that also occur in prose. */
export const SYMBOLIC_SEPARATOR_RE = /[[({<]|ドット|どっと|点|點|arroba|arobase|chiocciola|アットマーク|艾特|\s[.@]\s/i;

/** Words that start prose, never a host or mailbox name ("the dot com era", "este punto es"). */
export const PROSE_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'at', 'on', 'in', 'to', 'of', 'is', 'it', 'my', 'our', 'your', 'each', 'every',
  'next', 'first', 'second', 'last', 'one', 'el', 'la', 'los', 'las', 'le', 'les', 'un', 'una', 'une', 'de', 'del',
  'des', 'der', 'die', 'das', 'ein', 'eine', 'il', 'lo', 'gli', 'questo', 'quel', 'ese', 'este', 'esta', 'ce',
  'cette', 'am', 'im', 'zum', 'al', 'au', 'primer', 'segundo', 'último', 'mismo', 'otro', 'cada', 'buen', 'mal',
  'mi', 'tu', 'su', 'son', 'sa', 'mon', 'ton', 'notre', 'votre', 'ogni', 'dieser', 'jeder', 'look', 'status',
  'arrive', 'arrived', 'delivered', 'meet', 'available', 'check', 'us', 'me', 'you', 'him', 'her', 'them',
]);

/** A run of single characters separated by single spaces, rebuilt without the spaces. */
export interface SpacedRun {
  start: number;
  end: number;
  joined: string;
}

const SPACED_RUN_RE = /(?<!\S)(?:\S[ \t]){5,}\S(?!\S)/g;

/** Every "j o h n @ g m a i l . c o m"-style run of `text` (at least six characters). */
export function findSpacedRuns(text: string): SpacedRun[] {
  const runs: SpacedRun[] = [];
  SPACED_RUN_RE.lastIndex = 0;
  for (let m = SPACED_RUN_RE.exec(text); m; m = SPACED_RUN_RE.exec(text)) {
    runs.push({ start: m.index, end: m.index + m[0].length, joined: m[0].replace(/[ \t]/g, '') });
  }
  return runs;
}

/**
 * Run the regex `re` (global) only inside windows around each hit of the cheap `gate`
 * (global), so a long pattern reads a few short slices instead of the whole draft.
 * Calls `onMatch` with absolute offsets; each text position is read at most once.
 */
export function execAroundGate(
  text: string,
  gate: RegExp,
  re: RegExp,
  before: number,
  after: number,
  onMatch: (m: RegExpExecArray, start: number, end: number) => void,
): void {
  let covered = 0;
  gate.lastIndex = 0;
  for (let g = gate.exec(text); g; g = gate.exec(text)) {
    const from = Math.max(covered, g.index - before);
    const to = Math.min(text.length, g.index + g[0].length + after);
    if (to <= from) continue;
    const window = text.slice(from, to);
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      onMatch(m, from + m.index, from + m.index + m[0].length);
      covered = Math.max(covered, from + m.index + m[0].length);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
}
