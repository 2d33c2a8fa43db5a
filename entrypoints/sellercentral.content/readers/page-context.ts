import { MARKETPLACE_IDS, marketplaceOf } from '../../../rules/page/marketplace';
import { deepQuerySelector } from './dom-text';
import { SALES_CHANNEL_RE } from './page-vocabulary';

/** What a reader is given: a whole page or one part of it. */
export type PageRoot = Document | Element;

/** The page's URL: `url` when given, else the document's own; null when unparsable. */
export function pageUrl(root: PageRoot, url?: string | URL): URL | null {
  const href = url ?? (root.nodeType === 9 ? (root as Document).URL : root.ownerDocument?.URL);
  try {
    return href ? new URL(String(href)) : null;
  } catch {
    return null;
  }
}

/** The element to read in: the document's body, or the given element. */
export function pageBody(root: PageRoot): Element {
  return root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : (root as Element);
}

/** Trimmed text content, whitespace collapsed; null when empty. */
export function cleanText(text: string | null | undefined): string | null {
  const clean = text?.replace(/\s+/g, ' ').trim();
  return clean ? clean : null;
}

/** Clean text of the first element matching any of `selectors` (open shadow roots included). */
export function textAt(root: ParentNode, selectors: string | readonly string[]): string | null {
  return cleanText(deepQuerySelector(root, selectors)?.textContent);
}

/**
 * The marketplace code, most specific source first: a marketplace id (URL `marketplaceID` or
 * Seller Central's JSON), the sales channel shown ("Amazon.de"), then the host.
 * @example pageMarketplace(new URL('https://sellercentral-europe.amazon.com/x'), 'Amazon.de') // 'DE'
 */
export function pageMarketplace(url: URL | null, salesChannel?: string | null, marketplaceId?: string | null): string | null {
  const id = marketplaceId ?? url?.searchParams.get('marketplaceID') ?? url?.searchParams.get('marketplaceId');
  if (id && MARKETPLACE_IDS[id]) return MARKETPLACE_IDS[id] ?? null;
  const channel = SALES_CHANNEL_RE.exec(salesChannel ?? '');
  if (channel) return marketplaceOf(`sellercentral.amazon.${channel[1]!.toLowerCase()}`);
  return url ? marketplaceOf(url.hostname) : null;
}
