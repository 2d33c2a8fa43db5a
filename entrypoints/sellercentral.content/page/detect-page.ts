import { pageFromUrl, type PageAddress } from '../../../rules/page/page-kind';
import { findOrderId } from '../../../rules/page/patterns';
import { isControl, visibleLines } from '../readers/dom-text';
import { valueAfterLabel } from '../readers/labels';
import { findOrderRowElements } from '../readers/order-list-rows';
import { LABELS, SELECTORS } from '../readers/page-vocabulary';

/**
 * The order id of a renamed order route (`/order-details/<id>`, not `/returns/<id>`) when the
 * page labels that same order as its own ("Numéro de commande : <id>"), else null.
 */
function orderShown(doc: Document, url: URL): string | null {
  const path = decodeURIComponent(url.pathname);
  const orderId = findOrderId(path + decodeURIComponent(url.search));
  if (!orderId || !/order/i.test(path)) return null;
  return findOrderId(valueAfterLabel(visibleLines(doc, { skip: isControl }), LABELS.orderId)) === orderId ? orderId : null;
}

/**
 * The page kind from the URL, refined by the DOM when the URL is unfamiliar (Seller Central
 * renames routes; the page's own markers last longer): known markers, else an order the URL
 * names and the page labels as its own (its details page), else rows of order links (a list).
 */
export function detectPage(doc: Document, url: URL): PageAddress {
  const address = pageFromUrl(url);
  if (address.kind !== 'other') return address;
  const has = (selector: string) => doc.querySelector(selector) !== null;
  if (has(SELECTORS.orderId[0])) return { ...address, kind: 'order-details' };
  if (has(SELECTORS.ordersTable)) return { ...address, kind: 'order-list' };
  if (has(SELECTORS.contactForm)) return { ...address, kind: 'contact-buyer' };
  if (has(SELECTORS.threadMarker)) return { ...address, kind: 'message-thread' };
  const orderId = orderShown(doc, url);
  if (orderId) return { ...address, kind: 'order-details', orderId };
  // Rows (table, ARIA grid or Katal table) each linking to one order: two or more make a list.
  if (findOrderRowElements(doc).length >= 2) return { ...address, kind: 'order-list' };
  return address;
}
