import { draftFindings, type DraftMessageKey } from '../../locales/en/draft-findings';
import type { DraftCategory, DraftFinding, DraftMessageParams, DraftOptions, DraftSeverity, Span } from './types';

/** Seller Central's compose box limit. */
export const DEFAULT_DRAFT_MAX_LENGTH = 4000;

/**
 * The longest text the rules read: five times the compose limit. A longer paste is checked up
 * to here and the rest is reported as `unchecked`, so no text can hold the page's thread for long.
 */
export const MAX_ANALYZED_LENGTH = 20_000;

/** Severity of every category except `formatting`, whose rules choose `warn` or `info`. */
export const CATEGORY_SEVERITY: Record<Exclude<DraftCategory, 'formatting'>, DraftSeverity> = {
  link: 'block',
  email: 'block',
  phone: 'block',
  'messaging-handle': 'block',
  'off-platform': 'block',
  'sensitive-data': 'block',
  'review-manipulation': 'block',
  marketing: 'warn',
  unchecked: 'warn',
};

/**
 * What every detector reads and writes during one `analyzeDraft` call.
 * `text` is the draft with full-width ASCII (`＠`, `０`, `ｗ`) folded to ASCII: one code unit
 * for one code unit, so every offset found in `text` is an offset into `source`.
 */
export interface DraftScan {
  readonly source: string;
  readonly text: string;
  readonly options: DraftOptions;
  /** Look-alikes that must never be flagged as contact details (ids, dates, prices, …). */
  readonly safe: Span[];
  /** Spans of every link and email found, allowed or not: numbers inside them are not phones. */
  readonly linked: Span[];
  readonly findings: DraftFinding[];
  /** Length of the whole draft, which `source` may stop short of (see `MAX_ANALYZED_LENGTH`). */
  readonly draftLength: number;
  /**
   * Whether findings carry their English `message`. The buyer-message assessment reads only
   * rule ids and spans, so it skips filling a text for every finding.
   */
  readonly withMessages: boolean;
}

const WIDE_RE = /[\uFF01-\uFF5E\u3000]/;
const WIDE_GLOBAL_RE = /[\uFF01-\uFF5E\u3000]/g;

/** Fold full-width ASCII and the ideographic space to ASCII, keeping every offset. */
export function foldWidth(text: string): string {
  if (!WIDE_RE.test(text)) return text;
  return text.replace(WIDE_GLOBAL_RE, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/**
 * A fresh scan of `source`; `text` is its width-folded form (pass it when already computed),
 * `draftLength` the length of the whole draft when `source` is only its analysed start, and
 * `withMessages` false when no one reads the findings' English `message` (left empty then).
 */
export function createScan(
  source: string, options: DraftOptions, safe: Span[], text = foldWidth(source), draftLength = source.length, withMessages = true,
): DraftScan {
  return { source, text, options, safe, linked: [], findings: [], draftLength, withMessages };
}

/**
 * Record a finding; `formatting` rules pass their own severity. `messageKey` names the
 * catalogue text (locales/en/draft-findings.ts); the English `message` is filled in here and
 * the interface shows the same key in the agent's language.
 */
export function report(
  scan: DraftScan,
  ruleId: string,
  category: DraftCategory,
  start: number,
  end: number,
  messageKey: DraftMessageKey,
  params: DraftMessageParams,
  severity?: DraftSeverity,
): void {
  const resolved = severity ?? (category === 'formatting' ? 'info' : CATEGORY_SEVERITY[category]);
  const message = scan.withMessages ? findingMessage(messageKey, params) : '';
  scan.findings.push({ ruleId, category, severity: resolved, start, end, message, messageKey, params });
}

/**
 * Each catalogue text split once at its `{placeholders}`: text, name, text, name, …, text.
 * Splitting on `fillPlaceholders`' own pattern finds the same placeholders it fills.
 */
const TEMPLATES = new Map<DraftMessageKey, string[]>();
const PLACEHOLDER_SPLIT_RE = /\{([A-Za-z][\w]*)\}/;

/**
 * The English message, as `fillPlaceholders(text, params, 'en-US')` writes it (a missing
 * parameter stays `{name}`, numbers in en-US style), without a regex pass per finding: a
 * hostile draft can produce thousands.
 */
export function findingMessage(messageKey: DraftMessageKey, params: DraftMessageParams): string {
  let parts = TEMPLATES.get(messageKey);
  if (!parts) {
    parts = draftFindings[messageKey].split(PLACEHOLDER_SPLIT_RE);
    TEMPLATES.set(messageKey, parts);
  }
  let message = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? '';
    const value = params[name];
    message += value === undefined ? `{${name}}` : typeof value === 'number' ? value.toLocaleString('en-US') : value;
    message += parts[i + 1] ?? '';
  }
  return message;
}

/** The draft text of a span as a short quotation for messages: `"john@…"`. */
export function quote(scan: DraftScan, start: number, end: number): string {
  const span = scan.source.slice(start, end);
  const raw = mayHoldSpace(span) ? span.replace(/\s+/g, ' ').trim() : span;
  return `"${raw.length > 60 ? `${raw.slice(0, 57)}…` : raw}"`;
}

/**
 * False only when `text` holds no character `\s` matches (a superset of them is looked for:
 * controls and spaces of ASCII, the no-break and Ogham spaces, the General Punctuation block,
 * the ideographic space and the byte-order mark), so a quote with none skips its regex passes.
 */
function mayHoldSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x206f) || c === 0x3000 || c === 0xfeff) return true;
  }
  return false;
}

/** Whitespace by code unit, without a regex per character. */
export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

/**
 * `spans` sorted and merged into disjoint ranges, for `overlapsAny` and `firstMaskFrom`: one
 * sort, then each look-up is a binary search, so many numbers against many masks stay linear.
 */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Index of the first span of `merged` (from `mergeSpans`) that ends after `at`. */
export function firstMaskFrom(merged: readonly Span[], at: number): number {
  let lo = 0;
  let hi = merged.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (merged[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when `[start, end)` overlaps any span of `merged` (from `mergeSpans`). */
export function overlapsAny(merged: readonly Span[], start: number, end: number): boolean {
  const span = merged[firstMaskFrom(merged, start)];
  return span !== undefined && span.start < end;
}
