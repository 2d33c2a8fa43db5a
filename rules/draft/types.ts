import type { DraftMessageKey } from '../../locales/en/draft-findings';

/** What kind of policy risk a draft finding is. */
export type DraftCategory =
  | 'link'
  | 'email'
  | 'phone'
  | 'messaging-handle'
  | 'off-platform'
  | 'sensitive-data'
  | 'review-manipulation'
  | 'marketing'
  | 'formatting';

/**
 * How strongly the guard reacts: `block` stops Send unless the agent gives a reason,
 * `warn` is shown but never stops Send, `info` is a hint.
 */
export type DraftSeverity = 'block' | 'warn' | 'info';

/** One risky span of a draft. `start`/`end` are UTF-16 offsets into the draft (end exclusive). */
export interface DraftFinding {
  /** Stable id of the rule that fired, `<category>.<what>`, e.g. `email.obfuscated`. */
  ruleId: string;
  category: DraftCategory;
  severity: DraftSeverity;
  start: number;
  end: number;
  /** What was found (quoted from the draft) and why it is risky, in plain English. */
  message: string;
  /** The same text as a catalogue key and its parameters, for the agent's language. */
  messageKey: DraftMessageKey;
  params: DraftMessageParams;
}

/** Placeholder values of a finding's message: `quote` (the flagged words), sometimes `host`, `app`. */
export type DraftMessageParams = Readonly<Record<string, string | number>>;

export interface DraftOptions {
  /**
   * The seller's own permitted link hosts, e.g. `['manuals.acme.com']`; subdomains are
   * included. Amazon's own hosts are always allowed. Schemes, paths and a leading `*.`
   * are ignored, so `https://acme.com/help` allows `acme.com`.
   */
  allowedDomains?: string[];
  /** Longest draft accepted before a `formatting.too-long` warning (default 4,000). */
  maxLength?: number;
  /**
   * Extra words or phrases the seller never wants to send (a shop name used outside
   * Amazon, a competitor, a banned claim). Matched case-insensitively as whole words
   * (as substrings in Chinese and Japanese). Each occurrence is a `custom.blocked-term`
   * finding in category `off-platform` with severity `block`: the category is the closest
   * fit because such terms usually point the buyer somewhere outside Amazon, and a term
   * the seller bothered to list is something they want stopped at Send.
   */
  blockedTerms?: string[];
}

/** A half-open UTF-16 range `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}
