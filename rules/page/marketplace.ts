/**
 * Marketplaces by Seller Central host and marketplace id. Pure.
 * `sellercentral-europe.amazon.com` serves several EU marketplaces, so its host alone
 * says only "EU"; a marketplace id on the page or in the URL refines it.
 */
const BY_HOST: Record<string, string> = {
  'sellercentral.amazon.com': 'US',
  'sellercentral.amazon.ca': 'CA',
  'sellercentral.amazon.com.mx': 'MX',
  'sellercentral.amazon.com.br': 'BR',
  'sellercentral-europe.amazon.com': 'EU',
  'sellercentral.amazon.co.uk': 'UK',
  'sellercentral.amazon.de': 'DE',
  'sellercentral.amazon.fr': 'FR',
  'sellercentral.amazon.it': 'IT',
  'sellercentral.amazon.es': 'ES',
  'sellercentral.amazon.nl': 'NL',
  'sellercentral.amazon.se': 'SE',
  'sellercentral.amazon.pl': 'PL',
  'sellercentral.amazon.com.be': 'BE',
  'sellercentral.amazon.com.tr': 'TR',
  'sellercentral.amazon.ae': 'AE',
  'sellercentral.amazon.sa': 'SA',
  'sellercentral.amazon.eg': 'EG',
  'sellercentral.amazon.in': 'IN',
  'sellercentral.amazon.co.jp': 'JP',
  'sellercentral-japan.amazon.com': 'JP',
  'sellercentral.amazon.com.au': 'AU',
  'sellercentral.amazon.sg': 'SG',
};

/** Public Amazon marketplace ids. */
export const MARKETPLACE_IDS: Record<string, string> = {
  ATVPDKIKX0DER: 'US',
  A2EUQ1WTGCTBG2: 'CA',
  A1AM78C64UM0Y8: 'MX',
  A2Q3Y263D00KWC: 'BR',
  A1F83G8C2ARO7P: 'UK',
  A1PA6795UKMFR9: 'DE',
  A13V1IB3VIYZZH: 'FR',
  APJ6JRA9NG5V4: 'IT',
  A1RKKUPIHCS9HS: 'ES',
  A1805IZSGTT6HS: 'NL',
  A2NODRKZP88ZB9: 'SE',
  A1C3SOZRARQ6R3: 'PL',
  AMEN7PMS3EDWL: 'BE',
  A33AVAJ2PDY3EV: 'TR',
  A2VIGQ35RCS4UG: 'AE',
  A17E79C6D8DWNP: 'SA',
  ARBP9OOSHTCHU: 'EG',
  A21TJRUUN4KGV: 'IN',
  A1VC38T7YXB528: 'JP',
  A39IBJ37TRP1C6: 'AU',
  A19VAU5U5O7RUS: 'SG',
};

/**
 * The marketplace code (`US`, `DE`, `JP`, … or `EU` when only the EU host is known).
 * @example marketplaceOf('sellercentral-europe.amazon.com', 'A1PA6795UKMFR9') // 'DE'
 */
export function marketplaceOf(host: string, marketplaceId?: string | null): string | null {
  if (marketplaceId && MARKETPLACE_IDS[marketplaceId]) return MARKETPLACE_IDS[marketplaceId] ?? null;
  return BY_HOST[host] ?? null;
}

/** Every marketplace an agent can work in, in the order Amazon lists its regions. */
export const MARKETPLACE_CODES: readonly string[] = [...new Set(Object.values(MARKETPLACE_IDS))];
