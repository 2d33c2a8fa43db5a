import type { OrderItem } from '../../../rules/page/page-data';
import { findAsins } from '../../../rules/page/patterns';
import { asinsShown } from './asins';
import { isHidden, visibleLines } from './dom-text';
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

/** An item's fields from the lines and links of its row or block; null where it shows none. */
function itemFrom(container: Element, lines: readonly string[], quantityText: string | null, linkSelectors: readonly string[]): OrderItem {
  const link = linkSelectors.map((selector) => container.querySelector(selector)).find((found) => cleanText(found?.textContent));
  const quantity = quantityText ?? valueAfterLabel(lines, LABELS.quantity);
  return {
    asin: asinsShown(lines)[0] ?? null,
    sku: cleanText(valueAfterLabel(lines, LABELS.sku)),
    title: cleanText(link?.textContent),
    quantity: quantity && /^\d+$/.test(quantity) ? Number(quantity) : null,
  };
}

/**
 * Items drawn without a table: one block per "ASIN" label, the largest element around it that
 * shows no other ASIN label and no other product link.
 */
function itemBlocks(root: Element): Element[] {
  const asinLabel = /(^|\s)ASIN\s*[:：]/;
  const count = (element: Element, pattern: RegExp) => (element.textContent ?? '').split(pattern).length - 1;
  const labels = [...root.querySelectorAll('*')].filter(
    (element) => asinLabel.test(element.textContent ?? '') && ![...element.children].some((child) => asinLabel.test(child.textContent ?? '')),
  );
  const blocks = labels.map((label) => {
    let block = label;
    while (block.parentElement && block.parentElement !== root && count(block.parentElement, /\bASIN\s*[:：]/) === 1) {
      if (block.parentElement.querySelectorAll(SELECTORS.productLink.slice(0, 2).join(', ')).length > 1) break;
      block = block.parentElement;
    }
    return block;
  });
  return [...new Set(blocks)];
}

/** One entry per item row (or item block): ASIN, SKU, title, quantity; null where it shows none. */
export function readItems(root: Element): OrderItem[] {
  const table = itemsTable(root);
  if (!table) {
    return itemBlocks(root).map((block) => itemFrom(block, visibleLines(block), null, SELECTORS.productLink.slice(0, 2))).filter((item) => item.asin);
  }
  const headings = [...table.querySelectorAll('th')];
  return [...table.querySelectorAll('tr')]
    .map((row) => ({ row, cells: [...row.querySelectorAll(':scope > td')] }))
    .filter(({ cells }) => cells.length > 0)
    .map(({ row, cells }) => itemFrom(row, visibleLines(row), cleanText(quantityCell(headings, cells)?.textContent), SELECTORS.productLink))
    .filter((item) => item.asin || item.sku || item.title);
}
