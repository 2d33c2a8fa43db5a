import { messageThreadSchema, type MessageThread, type ReaderResult } from '../../../rules/page/page-data';
import { pageFromUrl } from '../../../rules/page/page-kind';
import { findOrderId, findProxyEmail, ORDER_ID_GLOBAL_RE } from '../../../rules/page/patterns';
import { findBanners } from './banners';
import { isControl, visibleLines } from './dom-text';
import { valueAfterLabel } from './labels';
import { missingWithin } from './missing';
import { cleanText, pageBody, pageMarketplace, pageUrl, textAt, type PageRoot } from './page-context';
import { LABELS, SELECTORS } from './page-vocabulary';
import { orderLinksIn } from './order-list-rows';
import { caseFromJson } from './seller-central-json';
import { messageBodyOf, messageElements, readMessage } from './thread-messages';

/** The order id `text` shows when it shows exactly one; with several, which is this case's is unknown. */
function onlyOrderId(text: string): string | null {
  const ids = new Set(text.match(ORDER_ID_GLOBAL_RE) ?? []);
  return ids.size === 1 ? [...ids][0]! : null;
}

const firstOf = (root: Element, selectors: readonly string[]) =>
  selectors.map((selector) => root.querySelector(selector)).find(Boolean) ?? null;

/**
 * Read an open messaging case (`/messaging/inbox?...&cc=<case id>`): the buyer and order from
 * the "Order" side panel and the thread header, the messages, and Seller Central's banners.
 * Message bodies are buyer-controlled and never searched for ids, emails or banners.
 * `caseJson`, Seller Central's `/messaging/api/global/cases/<uuid>` answer, adds exact times.
 */
export function readMessageThread(root: PageRoot, url?: string | URL, caseJson?: unknown): ReaderResult<MessageThread> {
  const href = pageUrl(root, url);
  const body = pageBody(root);
  const json = caseJson === undefined ? null : caseFromJson(caseJson);
  const messages = messageElements(body);
  const bodies = new Set(messages.map(messageBodyOf).filter((element) => element !== null));
  const skip = (element: Element) => bodies.has(element) || isControl(element);
  // The case list names other cases' orders and buyers: left out of the thread's own text.
  const skipCases = (element: Element) => skip(element) || element.matches(SELECTORS.caseLink);
  const pane = firstOf(body, SELECTORS.threadPane) ?? body;
  const side = firstOf(body, SELECTORS.orderSidePanel);
  const paneLines = visibleLines(pane, { skip: skipCases });
  const sideLines = side ? visibleLines(side, { skip }) : [];

  const buyerName =
    cleanText(valueAfterLabel(sideLines, LABELS.buyerName)) ?? textAt(pane, SELECTORS.threadBuyerName) ?? json?.buyerName ?? null;
  const orderLink = (side && orderLinksIn(side)[0]) ?? null;
  const data: MessageThread = {
    caseId: (href ? pageFromUrl(href).caseId : null) ?? json?.caseId ?? null,
    orderId:
      findOrderId(orderLink?.textContent) ??
      findOrderId(valueAfterLabel(sideLines, LABELS.orderId)) ??
      onlyOrderId(paneLines.join('\n')) ??
      json?.orderId ??
      null,
    marketplace: pageMarketplace(href, valueAfterLabel(sideLines, LABELS.salesChannel), json?.marketplaceId),
    buyerName,
    buyerProxyEmail: findProxyEmail(paneLines.join('\n')) ?? findProxyEmail(sideLines.join('\n')) ?? json?.buyerProxyEmail ?? null,
    messages: messages.map((message) => readMessage(message, buyerName, json?.messages ?? [])),
    banners: findBanners(visibleLines(body, { skip })),
  };
  return { data: messageThreadSchema.parse(data), missing: missingWithin(data, { messages: ['sender', 'time'] }, ['banners']) };
}
