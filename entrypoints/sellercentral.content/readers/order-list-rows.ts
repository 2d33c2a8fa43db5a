import { pageFromUrl } from '../../../rules/page/page-kind';
import { findOrderId } from '../../../rules/page/patterns';
import { SELECTORS } from './page-vocabulary';

/** True when `link` opens an order's details page, by the same URL rule that classifies pages. */
export function isOrderLink(link: Element): boolean {
  const href = link.getAttribute('href');
  if (!href) return false;
  try {
    return pageFromUrl(new URL(href, link.baseURI)).kind === 'order-details';
  } catch {
    return false;
  }
}

/** The links in `root` that open an order's details page (any `orders-vN`). */
export function orderLinksIn(root: ParentNode): Element[] {
  return [...root.querySelectorAll(SELECTORS.orderLink)].filter(isOrderLink);
}

const orderIdOf = (link: Element) => findOrderId(link.getAttribute('href')) ?? findOrderId(link.textContent);

/**
 * The order list's rows, one element per order: the known table's rows, else every table,
 * ARIA grid or Katal table row linking to exactly one order, outermost first (a layout table
 * nested in a row's cell is not a second row of the same order, and a row wrapping the whole
 * list is not a row at all).
 */
export function findOrderRowElements(root: ParentNode): Element[] {
  for (const selector of SELECTORS.orderRows) {
    const rows = [...root.querySelectorAll(selector)];
    if (rows.length) return rows;
  }
  const single = [...root.querySelectorAll(SELECTORS.anyRow)].filter((row) => {
    const ids = orderLinksIn(row).map(orderIdOf);
    return ids.length > 0 && new Set(ids).size === 1;
  });
  const rows = new Set(single);
  return single.filter((row) => {
    for (let parent = row.parentElement?.closest(SELECTORS.anyRow); parent; parent = parent.parentElement?.closest(SELECTORS.anyRow)) {
      if (rows.has(parent)) return false;
    }
    return true;
  });
}
