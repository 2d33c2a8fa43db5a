import { maskPersonalValues } from '../../../rules/capture/personal-data';
import type { CaptureMasking } from '../../../storage/capture/capture-schema';
import type { Rect } from '../../../utils/capture-protocol';
import { visibleText } from '../readers/dom-text';
import { normalizeLabel } from '../readers/labels';
import { LABELS } from '../readers/page-vocabulary';
import { findShipTo, type ShipTo } from '../readers/ship-to';

/**
 * Masking of the buyer's shipping address and phone in captures (Amazon's data protection
 * policy asks sellers to keep them no longer than needed). The blocks come from the readers'
 * `findShipTo`, the one owner of where they are: the same finder for text and screenshots.
 */

/** The personal-data blocks on the page, outermost only (a phone inside an address counts once). */
export function personalDataBlocks(doc: Document, shipTo: ShipTo = findShipTo(doc)): Element[] {
  const blocks = [...shipTo.address, ...shipTo.phone];
  return blocks.filter((block) => !blocks.some((other) => other !== block && other.contains(block)));
}

const PHONE_LABELS = LABELS.phone.map(normalizeLabel);

interface MaskedText {
  text: string;
  masking: CaptureMasking;
}

/**
 * The page's visible text for the record (open shadow roots included, Seller Guard's own UI
 * left out). With `mask`: without the address and phone blocks, and without their values
 * (except `keep`, the buyer's name, which is order data) or a number after a phone label
 * anywhere else; `masking` says what was found, so nothing is claimed that was not done.
 */
export function maskedPageText(doc: Document, mask: boolean, keep: readonly string[] = []): MaskedText {
  if (!mask) return { text: visibleText(doc.body, { computedStyle: true }), masking: { address: 'off', phone: 'off' } };
  const shipTo = findShipTo(doc);
  const blocks = new Set<Element>([...shipTo.address, ...shipTo.phone]);
  const shown = visibleText(doc.body, { computedStyle: true, skip: (element) => blocks.has(element) });
  const { text } = maskPersonalValues(shown, { ...shipTo, keep, phoneLabels: PHONE_LABELS });
  return {
    text,
    masking: { address: shipTo.address.length ? 'masked' : 'not-found', phone: shipTo.phone.length ? 'masked' : 'not-found' },
  };
}

/** The page's stored text (see `maskedPageText`). */
export function capturePageText(doc: Document, mask: boolean): string {
  return maskedPageText(doc, mask).text;
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
