import type { BuyerRiskKey } from '../../locales/en/buyer-risk';

/**
 * What a risky buyer message does. Links: `lookalike-link` (made to pass for Amazon),
 * `hidden-link` (a shortener or a bare IP hides the site), `outside-link` (any other site);
 * requests: `off-platform` (talk outside Amazon), `payment` (pay or be paid outside Amazon),
 * `credentials` (the seller's login, password or codes), `review-threat` (a review held over
 * the seller); `attachment` (a file name that hides or runs code).
 */
export type BuyerCategory =
  | 'lookalike-link'
  | 'hidden-link'
  | 'outside-link'
  | 'off-platform'
  | 'payment'
  | 'credentials'
  | 'review-threat'
  | 'attachment';

/** `high`: likely an attack on the seller's account or money; `warn`: against policy or worth a look. */
export type BuyerSeverity = 'high' | 'warn';

/** What a link really points to, as the warning shows it. */
export interface LinkVerdict {
  /** Host in Unicode, as a person reads it (`аmazon.com` with a Cyrillic а). */
  host: string;
  /** Host in ASCII (punycode), as the browser resolves it (`xn--mazon-3ve.com`). */
  asciiHost: string;
  /** Registrable domain (Public Suffix List), e.g. `example.net` for `amazon.com.example.net`. */
  site: string;
  kind: 'amazon' | 'carrier' | 'homoglyph' | 'punycode' | 'brand-inside' | 'typo' | 'shortener' | 'ip' | 'outside';
  /** The Amazon name it imitates, for look-alikes. */
  brand?: string;
}

export interface BuyerFinding {
  /** `<category>.<what>`, e.g. `lookalike-link.homoglyph`. */
  ruleId: string;
  category: BuyerCategory;
  severity: BuyerSeverity;
  /** UTF-16 span in the message text; both 0 for an attachment. */
  start: number;
  end: number;
  messageKey: BuyerRiskKey;
  params: Readonly<Record<string, string | number>>;
  /** For link findings: where the link really goes. */
  link?: LinkVerdict;
  /** For attachment findings: the file name. */
  attachment?: string;
}

/** An attachment as the thread page lists it. */
export interface BuyerAttachment {
  name: string;
}
