/**
 * Every Seller Central host Seller Guard runs on, one per marketplace group.
 * The content script, the context menu and the e2e harness all read this list,
 * so a new marketplace is added here once.
 */
export const SELLER_CENTRAL_HOSTS = [
  'sellercentral.amazon.com',
  'sellercentral.amazon.ca',
  'sellercentral.amazon.com.mx',
  'sellercentral.amazon.com.br',
  'sellercentral-europe.amazon.com',
  'sellercentral.amazon.co.uk',
  'sellercentral.amazon.de',
  'sellercentral.amazon.fr',
  'sellercentral.amazon.it',
  'sellercentral.amazon.es',
  'sellercentral.amazon.nl',
  'sellercentral.amazon.se',
  'sellercentral.amazon.pl',
  'sellercentral.amazon.com.be',
  'sellercentral.amazon.com.tr',
  'sellercentral.amazon.ae',
  'sellercentral.amazon.sa',
  'sellercentral.amazon.eg',
  'sellercentral.amazon.in',
  'sellercentral.amazon.co.jp',
  'sellercentral-japan.amazon.com',
  'sellercentral.amazon.com.au',
  'sellercentral.amazon.sg',
] as const;

export type SellerCentralHost = (typeof SELLER_CENTRAL_HOSTS)[number];

/** Match patterns (`https://host/*`) for the manifest and `documentUrlPatterns`. */
export const SELLER_CENTRAL_MATCHES: string[] = SELLER_CENTRAL_HOSTS.map((host) => `https://${host}/*`);

/** True when `url` is a page on one of the Seller Central hosts. */
export function isSellerCentralUrl(url: string | URL | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = typeof url === 'string' ? new URL(url) : url;
    return parsed.protocol === 'https:' && (SELLER_CENTRAL_HOSTS as readonly string[]).includes(parsed.hostname);
  } catch {
    return false;
  }
}
