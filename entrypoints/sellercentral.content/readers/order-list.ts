import { orderListSchema, type OrderList, type OrderListRow, type ReaderResult } from '../../../rules/page/page-data';
import { findOrderId } from '../../../rules/page/patterns';
import { asinsShown } from './asins';
import { buyerNameFromLink } from './buyer-link';
import { isControl, visibleLines } from './dom-text';
import { lineIsOneOf, valueAfterLabel } from './labels';
import { missingWithin } from './missing';
import { cleanText, pageBody, textAt, type PageRoot } from './page-context';
import { LABELS, ORDER_STATUS_WORDS, SELECTORS } from './page-vocabulary';

/** The list's order rows: `#orders-table` rows, else any table or grid row linking to an order. */
function orderRows(body: Element): Element[] {
  for (const selector of SELECTORS.orderRows) {
    const rows = [...body.querySelectorAll(selector)];
    if (rows.length) return rows;
  }
  return [...body.querySelectorAll(SELECTORS.anyRow)].filter((row) => row.querySelector(SELECTORS.orderLink));
}

function readRow(row: Element): OrderListRow | null {
  const lines = visibleLines(row, { skip: isControl });
  const link = SELECTORS.listOrderLink.map((selector) => row.querySelector(selector)).find(Boolean);
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
  const rows = orderRows(pageBody(root))
    .map(readRow)
    .filter((row): row is OrderListRow => row !== null);
  const data: OrderList = { rows };
  return { data: orderListSchema.parse(data), missing: missingWithin(data, { rows: ['buyerName', 'status', 'asins'] }) };
}
