import { isSpace, quote, report, type DraftScan } from './scan';
import type { DraftMessageKey } from '../../locales/en/draft-findings';
import type { DraftCategory, Span } from './types';

/**
 * Phrase rules: the wording-based categories (off-platform, sensitive-data,
 * review-manipulation, marketing) in the seven languages. Each rule is a few global regexes
 * compiled once at module load, an optional extra check, and a message.
 */
export interface PhraseRule {
  ruleId: string;
  patterns: readonly RegExp[];
  /** The catalogue text; its `{quote}` is the quoted span, e.g. `"leave us a 5-star review"`. */
  messageKey: DraftMessageKey;
  /** Skip matches the sentence negates ("we will never ask for your password"). */
  negatable?: boolean;
  /** Cheap keywords every match contains; defaults to the category's anchor. */
  anchor?: RegExp;
  /** Extra condition on a match. */
  accept?: (text: string, match: RegExpExecArray, start: number, end: number) => boolean;
}

/** Any character but a sentence end; a full stop inside "$15.00" or "z.B" does not end one. */
export const IN_SENTENCE = String.raw`(?:[^.!?。！？\n]|\.(?=[^\s.]))`;
/** Up to `n` characters of the same sentence, as few as possible. */
export const gap = (n: number): string => `${IN_SENTENCE}{0,${n}}?`;

/** True when the character at `i` ends a sentence (a full stop only before a space or the end). */
function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x2e) return i + 1 >= text.length || isSpace(text.charCodeAt(i + 1));
  // ! ? \n 。 ！ ？
  return c === 0x21 || c === 0x3f || c === 0x0a || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** The sentence around `[start, end)`, capped at 300 characters each side. */
export function sentenceAround(text: string, start: number, end: number): Span {
  let s = start;
  while (s > 0 && start - s < 300 && !endsSentence(text, s - 1)) s--;
  let e = end;
  while (e < text.length && e - end < 300 && !endsSentence(text, e)) e++;
  return { start: s, end: e };
}

const HESITATE_RE = /don't hesitate|do not hesitate|zögern Sie nicht|n'hésitez pas|no dude|non esit\w+|no lo dude/gi;
const NEGATION_BEFORE_RE = /\b(?:never|not|no|don't|doesn't|won't|cannot|can't|nie|niemals|nicht|kein\w*|jamais|ne|pas|nunca|jamás|non|mai|né)\b|n['’]|絶対に|决不|绝不|不会|从不|不要|请勿|切勿|请不要|無需|无需/i;
const NEGATION_AFTER_RE = /ません|ございません|しません|いたしません|ないで|ないよう|不要|禁止|必要はありません/;

/** True when the sentence around a match negates it, before it or (Japanese) after it. */
export function isNegated(text: string, start: number, end: number): boolean {
  const sentence = sentenceAround(text, start, end);
  const before = text.slice(sentence.start, start).replace(HESITATE_RE, '');
  return NEGATION_BEFORE_RE.test(before) || NEGATION_AFTER_RE.test(text.slice(end, sentence.end));
}

/**
 * The sentences around each hit of `anchor` (cheap keywords that every match of the
 * category's rules contains), merged. The rules' costlier patterns read only these.
 */
export function anchorWindows(text: string, anchor: RegExp): Span[] {
  const windows: Span[] = [];
  anchor.lastIndex = 0;
  for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
    const sentence = sentenceAround(text, m.index, m.index + m[0].length);
    const last = windows[windows.length - 1];
    if (last && sentence.start <= last.end) last.end = Math.max(last.end, sentence.end);
    else windows.push(sentence);
    anchor.lastIndex = Math.max(anchor.lastIndex, sentence.end);
  }
  return windows;
}

/** Run each rule inside the sentences that hold one of its anchor keywords. */
export function runPhraseRules(scan: DraftScan, category: DraftCategory, anchor: RegExp, rules: readonly PhraseRule[]): void {
  const { text } = scan;
  const windowsByAnchor = new Map<RegExp, Span[]>();
  for (const rule of rules) {
    const ruleAnchor = rule.anchor ?? anchor;
    let windows = windowsByAnchor.get(ruleAnchor);
    if (!windows) windowsByAnchor.set(ruleAnchor, (windows = anchorWindows(text, ruleAnchor)));
    for (const window of windows) {
      const slice = text.slice(window.start, window.end);
      for (const re of rule.patterns) {
        re.lastIndex = 0;
        for (let m = re.exec(slice); m; m = re.exec(slice)) {
          const start = window.start + m.index;
          const end = start + m[0].length;
          if (end === start) {
            re.lastIndex++;
            continue;
          }
          if (rule.negatable && isNegated(text, start, end)) continue;
          if (rule.accept && !rule.accept(text, m, start, end)) continue;
          report(scan, rule.ruleId, category, start, end, rule.messageKey, { quote: quote(scan, start, end) });
        }
      }
    }
  }
}

/** Join alternatives into one global, case-insensitive regex. */
export function anyOf(...alternatives: string[]): RegExp {
  return new RegExp(alternatives.map((a) => `(?:${a})`).join('|'), 'gi');
}
