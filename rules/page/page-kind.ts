import { findOrderId } from './patterns';

/** What kind of Seller Central page a URL shows. */
export const PAGE_KINDS = [
  'order-details',
  'order-list',
  'message-thread',
  'messaging-inbox',
  'contact-buyer',
  'other',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export interface PageAddress {
  kind: PageKind;
  /** Order id carried by the URL itself, if any. */
  orderId: string | null;
  /** Messaging case id (`cc=`), if any. */
  caseId: string | null;
  /** Marketplace id carried by the URL (`marketplaceID=`), if any. */
  marketplaceId: string | null;
}

/**
 * Classify a Seller Central URL. Pure: the content script refines "other" from the DOM.
 * @example pageFromUrl('https://sellercentral.amazon.com/messaging/inbox?fi=X&cc=abc') // kind 'message-thread', caseId 'abc'
 */
export function pageFromUrl(input: string | URL): PageAddress {
  const url = typeof input === 'string' ? new URL(input) : input;
  const path = url.pathname.replace(/\/+$/, '');
  const params = url.searchParams;
  const caseId = params.get('cc');
  const marketplaceId = params.get('marketplaceID') ?? params.get('marketplaceId');
  const address = (kind: PageKind, orderId: string | null = null): PageAddress => ({
    kind,
    orderId,
    caseId: caseId || null,
    marketplaceId: marketplaceId || null,
  });

  const orderParam = () => findOrderId(params.get('orderID') ?? params.get('orderId'));
  // Any orders-vN: Seller Central bumps the version when it rebuilds the app.
  const order = /^\/orders-v\d+\/order\/([^/]+)/.exec(path);
  if (order) return address('order-details', findOrderId(decodeURIComponent(order[1] ?? '')));
  if (path === '/gp/orders-v2/details' && orderParam()) return address('order-details', orderParam()); // older route
  if (/^\/orders-v\d+\/(mfn|afn|fba|search)(\/|$)/.test(path) || /^\/orders-v\d+$/.test(path)) return address('order-list');
  if (/^\/messaging\/contact$/.test(path)) return address('contact-buyer', orderParam());
  if (/^\/messaging\/inbox(-v3)?(\/|$)/.test(path)) return address(caseId ? 'message-thread' : 'messaging-inbox');
  // A renamed messaging route that still opens a case (`cc=`).
  if (/^\/messaging(\/|$)/.test(path) && caseId) return address('message-thread');
  return address('other');
}
