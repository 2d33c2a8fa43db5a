import { findOrderId } from '../../rules/patterns';

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
const BUYER_LINK = '[data-test-id="buyer-name-with-link"], a[href*="/messaging/contact"]';

export function findOrderRows(root: ParentNode): OrderRow[] {
  let rows = [...root.querySelectorAll('#orders-table tbody > tr')];
  if (!rows.length) rows = [...root.querySelectorAll('tr')].filter((row) => row.querySelector(ORDER_LINK));
  const found: OrderRow[] = [];
  for (const row of rows) {
    const link = row.querySelector(ORDER_LINK);
    const orderId = findOrderId(link?.textContent) ?? findOrderId(link?.getAttribute('href')) ?? findOrderId(row.textContent);
    if (!orderId) continue;
    const buyerName = row.querySelector(BUYER_LINK)?.textContent?.replace(/\s+/g, ' ').trim() || null;
    const cell = row.querySelector('[data-test-id="oth-order-details"]') ?? link?.closest('td, th') ?? row;
    const line = link?.parentElement;
    found.push({ row, orderId, buyerName, after: line && line !== cell && cell.contains(line) ? line : null, cell });
  }
  return found;
}

/** Put a row's badge host in place. */
export function placeBadge(row: OrderRow, host: Element): void {
  if (row.after?.isConnected) row.after.after(host);
  else row.cell.prepend(host);
}
