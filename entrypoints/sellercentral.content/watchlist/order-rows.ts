import { findOrderId } from '../../../rules/page/patterns';
import { buyerNameFromLink } from '../readers/buyer-link';
import { findOrderRowElements, orderLinksIn } from '../readers/order-list-rows';
import { SELECTORS } from '../readers/page-vocabulary';

/**
 * The rows of the Manage Orders list, each with the order id and buyer name it shows and
 * where its watchlist badge goes. The rows are the readers' (readers/order-rows.ts).
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

export function findOrderRows(root: ParentNode): OrderRow[] {
  const found: OrderRow[] = [];
  for (const row of findOrderRowElements(root)) {
    const link = orderLinksIn(row)[0];
    const orderId = findOrderId(link?.textContent) ?? findOrderId(link?.getAttribute('href')) ?? findOrderId(row.textContent);
    if (!orderId) continue;
    const buyerName = buyerNameFromLink(row);
    const cell = row.querySelector(SELECTORS.listOrderCell) ?? link?.closest(SELECTORS.anyCell) ?? row;
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
