import type { Rect } from '../../../utils/capture-protocol';
import { deepQuerySelectorAll, visibleText } from '../readers/dom-text';

/**
 * The blocks of a Seller Central page that hold the buyer's shipping address and phone.
 * Amazon's data protection policy asks sellers to keep these no longer than needed, so
 * captures mask them by default. Kept in one place so a drifted selector is fixed once.
 * (seen: order details `shipping-section-buyer-address`, `shipping-section-phone`;
 * guess: other `…buyer-address…` / `…phone…` test ids on drifted layouts.)
 */
export const PERSONAL_DATA_SELECTORS = [
  '[data-test-id="shipping-section-buyer-address"]',
  '[data-test-id="shipping-section-phone"]',
  '[data-test-id$="buyer-address"]',
  '[data-test-id*="phone"]',
].join(', ');

const isPersonalData = (element: Element) => element.matches(PERSONAL_DATA_SELECTORS);

/** The personal-data blocks on the page, outermost only (a phone inside an address counts once). */
export function personalDataBlocks(doc: Document): Element[] {
  const blocks = deepQuerySelectorAll(doc, PERSONAL_DATA_SELECTORS);
  return blocks.filter((block) => !blocks.some((other) => other !== block && other.contains(block)));
}

/**
 * The page's visible text for the record (open shadow roots included, Seller Guard's own UI
 * left out), without the address and phone blocks when `mask` is on.
 */
export function capturePageText(doc: Document, mask: boolean): string {
  return visibleText(doc.body, { computedStyle: true, skip: mask ? isPersonalData : undefined });
}

/** Where the personal-data blocks are in the viewport now (CSS pixels), visible ones only. */
export function personalDataRects(doc: Document): Rect[] {
  const view = doc.defaultView;
  const height = view?.innerHeight ?? 0;
  const width = view?.innerWidth ?? 0;
  return personalDataBlocks(doc)
    .map((block) => block.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < height && r.right > 0 && r.left < width)
    .map((r) => {
      // a little margin so anti-aliased text edges are covered too
      const x = Math.max(0, r.left - 2);
      const y = Math.max(0, r.top - 2);
      return { x, y, width: Math.min(width, r.right + 2) - x, height: Math.min(height, r.bottom + 2) - y };
    });
}
