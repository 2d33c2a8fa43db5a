import { pageFromUrl, type PageAddress } from '../../rules/page-kind';

/**
 * The page kind from the URL, refined by the DOM when the URL is unfamiliar (Seller Central
 * renames routes; the page's own markers last longer).
 */
export function detectPage(doc: Document, url: URL): PageAddress {
  const address = pageFromUrl(url);
  if (address.kind !== 'other') return address;
  const has = (selector: string) => doc.querySelector(selector) !== null;
  if (has('[data-test-id="order-id-value"]')) return { ...address, kind: 'order-details' };
  if (has('#orders-table')) return { ...address, kind: 'order-list' };
  if (has('.contact-buyer-text-area, .ayb-contact-buyer-header')) return { ...address, kind: 'contact-buyer' };
  if (has('.message-component, [data-test-id*="message-thread"]')) return { ...address, kind: 'message-thread' };
  return address;
}
