import { orderListSchema, type OrderList, type OrderListRow, type ReaderResult } from '../../../rules/page/page-data';
import { findOrderId } from '../../../rules/page/patterns';
import { asinsShown } from './asins';
import { buyerNameFromLink } from './buyer-link';
import { isControl, visibleLines } from './dom-text';
import { lineIsOneOf, valueAfterLabel } from './labels';
import { missingWithin } from './missing';
import { findOrderRowElements, orderLinksIn } from './order-list-rows';
import { cleanText, pageBody, textAt, type PageRoot } from './page-context';
import { LABELS, ORDER_STATUS_WORDS, SELECTORS } from './page-vocabulary';

function readRow(row: Element): OrderListRow | null {
  const lines = visibleLines(row, { skip: isControl });
  const link = SELECTORS.listOrderLink.map((selector) => row.querySelector(selector)).find(Boolean) ?? orderLinksIn(row)[0];
  const orderId = findOrderId(link?.textContent) ?? findOrderId(link?.getAttribute('href')) ?? findOrderId(lines.join('\n'));
  if (!orderId) return null;
  return {
    orderId,
    buyerName: buyerNameFromLink(row) ?? cleanText(valueAfterLabel(lines, LABELS.buyerName)),
    status: textAt(row, SELECTORS.listStatus) ?? lines.flatMap((line) => line.split('\t')).find((cell) => lineIsOneOf(cell, ORDER_STATUS_WORDS)) ?? null,
    asins: asinsShown(lines),
  };
}

/** Read an order list (`/orders-v3/mfn/...`, `/orders-v3/search?...`): one row per order. */
export function readOrderList(root: PageRoot): ReaderResult<OrderList> {
  const rows = findOrderRowElements(pageBody(root))
    .map(readRow)
    .filter((row): row is OrderListRow => row !== null);
  const data: OrderList = { rows };
  return { data: orderListSchema.parse(data), missing: missingWithin(data, { rows: ['buyerName', 'status', 'asins'] }) };
}
