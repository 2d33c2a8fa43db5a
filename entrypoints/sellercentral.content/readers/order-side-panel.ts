import { looksLikeTrackingId } from '../../../rules/page/patterns';
import { asinsShown } from './asins';
import { isControl, visibleLines } from './dom-text';
import { valueAfterLabel } from './labels';
import { cleanText, pageBody, type PageRoot } from './page-context';
import { LABELS, SELECTORS } from './page-vocabulary';

/** What the "Order" side panel next to a thread shows of the order's items and shipments; null where it shows nothing. */
export interface SidePanelOrder {
  asin: string | null;
  productTitle: string | null;
  carrier: string | null;
  trackingId: string | null;
  shipDate: string | null;
  deliveryDate: string | null;
}

const EMPTY: SidePanelOrder = { asin: null, productTitle: null, carrier: null, trackingId: null, shipDate: null, deliveryDate: null };

/** Every value shown after one of `labels` (one per labelled line), in page order. */
function valuesAfterLabel(lines: readonly string[], labels: readonly string[]): string[] {
  return lines.flatMap((_, index) => cleanText(valueAfterLabel(lines.slice(index, index + 2), labels)) ?? []);
}

/** The distinct values joined as the agent would list them ("A, B"), or null when there are none. */
function listed(values: readonly string[], separator = ', '): string | null {
  const distinct = [...new Set(values)];
  return distinct.length ? distinct.join(separator) : null;
}

/**
 * The order facts the thread's side panel shows: every item's ASIN and title, every package's
 * carrier, tracking id and ship date, and the "Deliver by" date. Several values (two packages)
 * are listed together; a value the panel does not show is null. Linear in the panel's text.
 */
export function readSidePanelOrder(root: PageRoot): SidePanelOrder {
  const body = pageBody(root);
  const side = SELECTORS.orderSidePanel.map((selector) => body.querySelector(selector)).find(Boolean);
  if (!side) return EMPTY;
  const lines = visibleLines(side, { skip: isControl });
  const titles = SELECTORS.productLink
    .slice(0, 2)
    .flatMap((selector) => [...side.querySelectorAll(selector)].flatMap((link) => cleanText(link.textContent) ?? []));
  return {
    asin: listed(asinsShown(lines)),
    // Titles hold commas themselves ("Water Bottle, 32 oz").
    productTitle: listed(titles, '; '),
    carrier: listed(valuesAfterLabel(lines, LABELS.carrier)),
    trackingId: listed(valuesAfterLabel(lines, LABELS.trackingId).map((id) => id.replace(/\s/g, '')).filter(looksLikeTrackingId)),
    shipDate: listed(valuesAfterLabel(lines, LABELS.shipDate)),
    deliveryDate: listed(valuesAfterLabel(lines, LABELS.deliverBy)),
  };
}
