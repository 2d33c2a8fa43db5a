import type { Tracking } from '../../../rules/page/page-data';
import { looksLikeTrackingId } from '../../../rules/page/patterns';
import { deepQuerySelectorAll, visibleLines } from './dom-text';
import { normalizeLabel, rowsUnderHeading, valueAfterLabel } from './labels';
import { cleanText } from './page-context';
import { LABELS, SELECTORS } from './page-vocabulary';

/**
 * A shipment's box around `anchor` (its tracking id or label): a known box class, else the
 * largest block that still names no other shipment, stopping early once it names a carrier.
 */
function shipmentBox(anchor: Element, root: Element, anchors: readonly Element[]): Element {
  for (const selector of SELECTORS.shipmentBox) {
    const box = anchor.closest(selector);
    if (box && root.contains(box)) return box;
  }
  const others = anchors.filter((other) => other !== anchor);
  let box: Element = anchor;
  while (box.parentElement && box !== root && !valueAfterLabel(visibleLines(box), LABELS.carrier)) {
    const parent: Element = box.parentElement;
    if (others.some((other) => parent.contains(other))) break;
    box = parent;
  }
  return box;
}

function trackingFrom(box: Element, trackingId: string): Tracking {
  const lines = visibleLines(box);
  return {
    carrier: cleanText(valueAfterLabel(lines, LABELS.carrier)),
    trackingId,
    status: cleanText(valueAfterLabel(lines, LABELS.trackingStatus)),
    date: cleanText(valueAfterLabel(lines, LABELS.trackingDate) ?? valueAfterLabel(lines, LABELS.shipDate)),
  };
}

/** The innermost elements whose text begins with a tracking-id label ("Tracking ID:", "お問い合わせ伝票番号：…"). */
function trackingLabels(root: Element): Element[] {
  const labels = LABELS.trackingId.map(normalizeLabel);
  const startsWithLabel = (element: Element) => {
    const text = normalizeLabel(cleanText(element.textContent) ?? '');
    return labels.some((label) => text === label || (text.startsWith(label) && /^\s*[:：]/.test(text.slice(label.length))));
  };
  const found = deepQuerySelectorAll(root, '*').filter(startsWithLabel);
  return found.filter((element) => !found.some((other) => other !== element && element.contains(other)));
}

/** Shipments in tables with a heading row (date, carrier, tracking id columns). */
function trackingFromColumns(root: Element): Tracking[] {
  return rowsUnderHeading(visibleLines(root), LABELS.trackingId).flatMap((cell) => {
    const trackingId = cell(LABELS.trackingId)?.replace(/\s/g, '');
    if (!trackingId || !looksLikeTrackingId(trackingId)) return [];
    return [{ carrier: cell(LABELS.carrier), trackingId, status: cell(LABELS.trackingStatus), date: cell(LABELS.trackingDate) ?? cell(LABELS.shipDate) }];
  });
}

/** Every shipment with a tracking id: by data-test-id, else by column headings, else by its label. */
export function readTracking(root: Element): Tracking[] {
  const found = new Map<string, Tracking>();
  const byTestId = deepQuerySelectorAll(root, SELECTORS.trackingId[0]);
  for (const element of byTestId) {
    const id = cleanText(element.textContent)?.replace(/\s/g, '');
    if (id && looksLikeTrackingId(id) && !found.has(id)) found.set(id, trackingFrom(shipmentBox(element, root, byTestId), id));
  }
  if (found.size) return [...found.values()];
  for (const tracking of trackingFromColumns(root)) if (!found.has(tracking.trackingId)) found.set(tracking.trackingId, tracking);
  if (found.size) return [...found.values()];
  const labels = trackingLabels(root);
  for (const label of labels) {
    const box = shipmentBox(label, root, labels);
    const id = valueAfterLabel(visibleLines(box), LABELS.trackingId)?.replace(/\s/g, '');
    if (id && looksLikeTrackingId(id) && !found.has(id)) found.set(id, trackingFrom(box, id));
  }
  return [...found.values()];
}
