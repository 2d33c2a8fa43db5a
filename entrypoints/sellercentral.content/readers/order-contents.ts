import type { OrderItem, Tracking } from '../../../rules/page-data';
import { findAsins } from '../../../rules/patterns';
import { deepQuerySelectorAll, isHidden, visibleLines } from './dom-text';
import { valueAfterLabel } from './labels';
import { cleanText } from './page-context';
import { LABELS, SELECTORS } from './page-vocabulary';

/** The order page's items table: the one with item headings, else the first holding ASINs. */
function itemsTable(root: Element): HTMLTableElement | null {
  const byHeading = root.querySelector(SELECTORS.itemHeading)?.closest('table');
  if (byHeading) return byHeading;
  const tables = [...root.querySelectorAll('table')];
  const withAsins = (table: HTMLTableElement) => findAsins(visibleLines(table).join('\n')).length > 0;
  return (
    tables.find((table) => SELECTORS.itemsTable.some((selector) => table.matches(selector)) && withAsins(table)) ??
    tables.find(withAsins) ??
    null
  );
}

/**
 * Which body cell holds the quantity. Body rows have one cell fewer than the header (no gift
 * cell), so a heading's position counts among visible headings when the counts differ.
 */
function quantityCell(headings: Element[], cells: Element[]): Element | null {
  const isQuantity = (th: Element) =>
    th.matches(SELECTORS.itemQuantityHeading) || LABELS.quantity.some((label) => cleanText(th.textContent)?.toLowerCase() === label.toLowerCase());
  for (const candidates of [headings, headings.filter((th) => !isHidden(th))]) {
    const index = candidates.findIndex(isQuantity);
    if (index >= 0 && candidates.length === cells.length) return cells[index] ?? null;
  }
  // Drifted columns: the one cell holding nothing but a whole number.
  const numeric = cells.filter((cell) => /^\d+$/.test(cleanText(cell.textContent) ?? ''));
  return numeric.length === 1 ? numeric[0]! : null;
}

/** One entry per item row: ASIN, SKU, title, quantity; null where the row does not show one. */
export function readItems(root: Element): OrderItem[] {
  const table = itemsTable(root);
  if (!table) return [];
  const headings = [...table.querySelectorAll('th')];
  return [...table.querySelectorAll('tr')]
    .map((row) => ({ row, cells: [...row.querySelectorAll(':scope > td')] }))
    .filter(({ cells }) => cells.length > 0)
    .map(({ row, cells }) => {
      const lines = visibleLines(row);
      const asin = findAsins(valueAfterLabel(lines, LABELS.asin) ?? '')[0] ?? findAsins(lines.join('\n'))[0] ?? null;
      const link = SELECTORS.productLink.map((selector) => row.querySelector(selector)).find((found) => cleanText(found?.textContent));
      const quantity = cleanText(quantityCell(headings, cells)?.textContent) ?? valueAfterLabel(lines, LABELS.quantity);
      return {
        asin,
        sku: cleanText(valueAfterLabel(lines, LABELS.sku)),
        title: cleanText(link?.textContent),
        quantity: quantity && /^\d+$/.test(quantity) ? Number(quantity) : null,
      };
    })
    .filter((item) => item.asin || item.sku || item.title);
}

// A tracking id has digits; "—" or "Unavailable" shown in its place is not one.
const TRACKING_ID = /^(?=.*\d)[A-Z0-9][A-Z0-9-]{6,39}$/i;

function shipmentBox(element: Element, root: Element): Element {
  for (const selector of SELECTORS.shipmentBox) {
    const box = element.closest(selector);
    if (box && root.contains(box)) return box;
  }
  // No known box: climb until the block also names a carrier (or give up at the root).
  let box: Element = element;
  while (box.parentElement && box !== root && !valueAfterLabel(visibleLines(box), LABELS.carrier)) box = box.parentElement;
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

/** Elements whose whole text is a tracking-id label ("Tracking ID:", "Sendungsnummer:"). */
function trackingLabels(root: Element): Element[] {
  const labels = LABELS.trackingId.map((label) => label.toLowerCase());
  return [...root.querySelectorAll('*')].filter((element) => {
    if (element.childElementCount > 0) return false;
    const text = cleanText(element.textContent)?.toLowerCase().replace(/[\s:：]+$/, '');
    return text !== undefined && labels.includes(text);
  });
}

/** Every shipment with a tracking id, by data-test-id, else by its label. */
export function readTracking(root: Element): Tracking[] {
  const found = new Map<string, Tracking>();
  for (const element of deepQuerySelectorAll(root, SELECTORS.trackingId[0])) {
    const id = cleanText(element.textContent)?.replace(/\s/g, '');
    if (id && TRACKING_ID.test(id) && !found.has(id)) found.set(id, trackingFrom(shipmentBox(element, root), id));
  }
  if (found.size) return [...found.values()];
  for (const label of trackingLabels(root)) {
    const box = shipmentBox(label, root);
    const id = valueAfterLabel(visibleLines(box), LABELS.trackingId)?.replace(/\s/g, '');
    if (id && TRACKING_ID.test(id) && !found.has(id)) found.set(id, trackingFrom(box, id));
  }
  return [...found.values()];
}
