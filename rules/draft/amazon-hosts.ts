/**
 * Which link hosts a draft may point to: Amazon's own sites and the seller's allowed
 * domains. Decided on the parsed host name, label by label, so a host that only starts
 * with an Amazon name (`amazon.com.account-verify.io`) is not Amazon.
 */

/** Top-level domains of Amazon's storefronts (`amazon.<tld>`). */
export const AMAZON_TLDS = [
  'com', 'ca', 'com.mx', 'com.br', 'co.uk', 'de', 'fr', 'it', 'es', 'nl', 'se', 'pl', 'com.be',
  'com.tr', 'ae', 'sa', 'eg', 'in', 'co.jp', 'jp', 'com.au', 'sg', 'cn', 'ie', 'co.za',
] as const;

const AMAZON_HOST_RE = new RegExp(`(?:^|\\.)amazon\\.(?:${AMAZON_TLDS.map((t) => t.replace('.', '\\.')).join('|')})$`);

/**
 * True for `amazon.<Amazon TLD>` and its subdomains.
 * @example isAmazonHost('sellercentral.amazon.co.uk') // true
 * @example isAmazonHost('amazon.com.account-verify.io') // false
 */
export function isAmazonHost(host: string): boolean {
  const h = host.toLowerCase();
  return h.includes('amazon.') && AMAZON_HOST_RE.test(withoutRootDot(h));
}

/** `host` without the full stop that may end a fully qualified name (`example.com.`). */
export function withoutRootDot(host: string): string {
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

/**
 * The bare host of an allowed-domain entry as a seller may type it: scheme, path, port,
 * a leading `*.` or `www.` are dropped; unicode names become punycode. Null when nothing
 * host-like is left.
 * @example normalizeDomain('https://www.Manuals.Acme.com/help') // 'manuals.acme.com'
 */
export function normalizeDomain(entry: string): string | null {
  const bare = entry.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^\*?\./, '');
  try {
    const host = new URL(`http://${bare}`).hostname.replace(/^www\./, '').replace(/\.$/, '');
    return host.includes('.') ? host : null;
  } catch {
    return null;
  }
}

/** True when `host` is an Amazon host or equals/is under one of `allowed` (normalized hosts). */
export function isAllowedHost(host: string, allowed: readonly string[]): boolean {
  const h = withoutRootDot(host.toLowerCase());
  if (isAmazonHost(h)) return true;
  for (const domain of allowed) if (h === domain || h.endsWith(`.${domain}`)) return true;
  return false;
}
