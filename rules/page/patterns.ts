/**
 * Text patterns for the identifiers Seller Central shows. Pure; shared by the page
 * readers, the draft rules (which must *not* flag these) and the archive tokeniser.
 */

/** Amazon order id, e.g. `112-3456789-0123456` (3-7-7 digits). */
export const ORDER_ID_RE = /\b\d{3}-\d{7}-\d{7}\b/;
export const ORDER_ID_GLOBAL_RE = /\b\d{3}-\d{7}-\d{7}\b/g;

/** ASIN: `B0` + 8 upper-case letters/digits; older book ASINs are 10 digits (ISBN-10). */
export const ASIN_RE = /\b(?:B0[A-Z0-9]{8}|\d{9}[\dX])\b/;
export const ASIN_GLOBAL_RE = /\b(?:B0[A-Z0-9]{8}|\d{9}[\dX])\b/g;

/**
 * Buyer proxy email: `localpart[+case tag]@marketplace.amazon.<tld>`.
 * Group 1 is the local part without the case tag, group 2 the TLD.
 */
export const PROXY_EMAIL_RE = /\b([a-z0-9][a-z0-9._-]*?)(?:\+[a-z0-9-]+)?@marketplace\.amazon\.([a-z]{2,3}(?:\.[a-z]{2})?)\b/i;
export const PROXY_EMAIL_GLOBAL_RE = new RegExp(PROXY_EMAIL_RE.source, 'gi');

/** First order id in `text`, or null. */
export function findOrderId(text: string | null | undefined): string | null {
  return text ? (ORDER_ID_RE.exec(text)?.[0] ?? null) : null;
}

/** Every distinct ASIN in `text`, in order of appearance. */
export function findAsins(text: string): string[] {
  return [...new Set(text.match(ASIN_GLOBAL_RE) ?? [])];
}

/**
 * The buyer proxy email in `text`, lower-cased and with the messaging case tag removed,
 * so `Ab12+9f8e@marketplace.amazon.in` becomes `ab12@marketplace.amazon.in`.
 */
export function findProxyEmail(text: string | null | undefined): string | null {
  const match = text ? PROXY_EMAIL_RE.exec(text) : null;
  return match ? normalizeProxyEmail(match[0]) : null;
}

/** Lower-case a proxy email and drop its `+case` tag; other emails are only lower-cased. */
export function normalizeProxyEmail(email: string): string {
  const trimmed = email.trim().toLowerCase();
  const match = PROXY_EMAIL_RE.exec(trimmed);
  return match ? `${match[1]}@marketplace.amazon.${match[2]}` : trimmed;
}

const TRACKING_SHAPE = /^(?=.*\d)[A-Z0-9][A-Z0-9-]{6,39}$/i;
const DATE_SHAPE = /^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$/;

/**
 * True when `text` can be a carrier's tracking id: 7-40 letters, digits and dashes with at least
 * one digit, and not a date or an order id shown next to it ("—", "Unavailable", "2025-11-04" and
 * "112-3456789-0123456" are not tracking ids).
 * @example looksLikeTrackingId('1Z999AA10123456784') // true
 */
export function looksLikeTrackingId(text: string): boolean {
  return TRACKING_SHAPE.test(text) && !DATE_SHAPE.test(text) && !new RegExp(`^${ORDER_ID_RE.source}$`).test(text);
}
