import { orderDetailsSchema, type OrderDetails, type ReaderResult } from '../../../rules/page/page-data';
import { pageFromUrl } from '../../../rules/page/page-kind';
import { findOrderId, findProxyEmail } from '../../../rules/page/patterns';
import { isControl, visibleLines } from './dom-text';
import { valueAfterLabel } from './labels';
import { buyerNameFromLink } from './buyer-link';
import { missingWithin } from './missing';
import { readItems } from './order-contents';
import { readTracking } from './order-tracking';
import { cleanText, pageBody, pageMarketplace, pageUrl, textAt, type PageRoot } from './page-context';
import { FULFILLMENT_WORDS, LABELS, SELECTORS } from './page-vocabulary';
import { orderFromJson } from './seller-central-json';

/** "Seller" / "Verkäufer" → FBM, "Amazon" → FBA, else null. */
export function fulfillmentChannelOf(text: string | null): OrderDetails['fulfillmentChannel'] {
  if (!text) return null;
  if (FULFILLMENT_WORDS.FBM.some((word) => word.test(text))) return 'FBM';
  if (FULFILLMENT_WORDS.FBA.some((word) => word.test(text))) return 'FBA';
  return null;
}

/**
 * Read an order details page (`/orders-v3/order/<id>`): data-test-ids first, then labels in
 * several languages, then text patterns and the URL. `orderJson`, Seller Central's own
 * `/orders-api/order/<id>` answer, completes what the page does not show (the proxy email).
 */
export function readOrderDetails(root: PageRoot, url?: string | URL, orderJson?: unknown): ReaderResult<OrderDetails> {
  const href = pageUrl(root, url);
  const app = pageBody(root).querySelector(SELECTORS.orderApp[0]) ?? pageBody(root);
  const lines = visibleLines(app, { skip: isControl });
  const json = orderJson === undefined ? null : orderFromJson(orderJson);
  const field = (selectors: readonly string[], labels: readonly string[]) =>
    textAt(app, selectors) ?? cleanText(valueAfterLabel(lines, labels));

  const salesChannel = field(SELECTORS.salesChannel, LABELS.salesChannel);
  const data: OrderDetails = {
    orderId:
      findOrderId(textAt(app, SELECTORS.orderId)) ??
      findOrderId(valueAfterLabel(lines, LABELS.orderId)) ??
      (href ? pageFromUrl(href).orderId : null) ??
      json?.orderId ??
      null,
    marketplace: pageMarketplace(href, salesChannel, json?.marketplaceId),
    orderDate: field(SELECTORS.purchaseDate, LABELS.purchaseDate),
    status: cleanText(valueAfterLabel(lines, LABELS.orderStatus)) ?? json?.status ?? null,
    fulfillmentChannel: fulfillmentChannelOf(field(SELECTORS.fulfillmentChannel, LABELS.fulfillment)),
    buyerName:
      buyerNameFromLink(app) ??
      cleanText(valueAfterLabel(lines, LABELS.contactBuyer)) ??
      cleanText(valueAfterLabel(lines, LABELS.buyerName)) ??
      json?.buyerName ??
      null,
    buyerProxyEmail: findProxyEmail(lines.join('\n')) ?? json?.buyerProxyEmail ?? null,
    items: readItems(app),
    shippingService: field(SELECTORS.shippingService, LABELS.shippingService),
    tracking: readTracking(app),
  };
  return { data: orderDetailsSchema.parse(data), missing: missingWithin(data, { items: ['asin', 'sku', 'title', 'quantity'] }) };
}
