import { findOrderId } from '../../../rules/page/patterns';
import { buyerNameFromLink } from '../readers/buyer-link';

/**
 * The rows of the Manage Orders list, each with the order id and buyer name it shows and
 * where its watchlist badge goes. Tolerant of drift: the table id first, else any table row
 * holding a link to an order page.
 */
export interface OrderRow {
  row: Element;
  orderId: string;
  buyerName: string | null;
  /** The badge goes right after this element (the order id line)... */
  after: Element | null;
  /** ...or, without one, first in this cell. */
  cell: Element;
}

const ORDER_LINK = 'a[href*="/orders-v3/order/"]';
/** Rows and cells as tables, ARIA grids and Katal tables draw them. */
const ROW = 'tr, [role="row"], kat-table-row';
const CELL = 'td, th, [role="cell"], [role="gridcell"], kat-table-cell';

export function findOrderRows(root: ParentNode): OrderRow[] {
  let rows = [...root.querySelectorAll('#orders-table tbody > tr')];
  if (!rows.length) rows = listRows(root);
  const found: OrderRow[] = [];
  for (const row of rows) {
    const link = row.querySelector(ORDER_LINK);
    const orderId = findOrderId(link?.textContent) ?? findOrderId(link?.getAttribute('href')) ?? findOrderId(row.textContent);
    if (!orderId) continue;
    const buyerName = buyerNameFromLink(row);
    const cell = row.querySelector('[data-test-id="oth-order-details"]') ?? link?.closest(CELL) ?? row;
    const line = link?.parentElement;
    found.push({ row, orderId, buyerName, after: line && line !== cell && cell.contains(line) ? line : null, cell });
  }
  return found;
}

/**
 * Without the known table: every row linking to exactly one order, outermost first, so a
 * layout table nested in a row's cell is not a second row of the same order, and a row
 * wrapping the whole list (several orders) is not a row at all.
 */
function listRows(root: ParentNode): Element[] {
  const single = [...root.querySelectorAll(ROW)].filter((row) => {
    const ids = [...row.querySelectorAll(ORDER_LINK)].map((link) => findOrderId(link.getAttribute('href')) ?? findOrderId(link.textContent));
    return ids.length > 0 && new Set(ids).size === 1;
  });
  const rows = new Set(single);
  return single.filter((row) => {
    for (let parent = row.parentElement?.closest(ROW); parent; parent = parent.parentElement?.closest(ROW)) {
      if (rows.has(parent)) return false;
    }
    return true;
  });
}

/** Put a row's badge host in place. */
export function placeBadge(row: OrderRow, host: Element): void {
  if (row.after?.isConnected) row.after.after(host);
  else row.cell.prepend(host);
}
