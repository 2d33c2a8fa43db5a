import { marketplaceOf } from '../../../rules/page/marketplace';
import type { PageAddress } from '../../../rules/page/page-kind';
import type { PageInfo } from '../../../utils/protocol';
import type { CaptureData } from '../../../storage/capture/capture-schema';
import { deepQuerySelector, visibleText } from '../readers/dom-text';
import { readPageData } from '../readers/read-page-data';
import { SELECTORS } from '../readers/page-vocabulary';

/**
 * The page's identity (kind, order, buyer) from the reader for its kind, completed by what
 * Seller Central's own JSON said (`json`) where the DOM does not show it (the proxy email).
 * The DOM wins when both have a value: it is what the agent sees.
 */
export function readPage(doc: Document, url: URL, address: PageAddress, json: Partial<PageInfo>): PageInfo {
  const base: PageInfo = {
    kind: address.kind,
    url: url.href,
    marketplace: marketplaceOf(url.hostname, address.marketplaceId),
    orderId: address.orderId,
    caseId: address.caseId,
    buyerName: null,
    buyerProxyEmail: null,
    orderIds: address.orderId ? [address.orderId] : [],
    missing: [],
    ready: false,
  };
  const read = fromReader(doc, url, address);
  // The URL names the order but the DOM shows another: the SPA has not re-rendered yet.
  if (address.orderId && read.orderId && read.orderId !== address.orderId) return base;
  const info = { ...base, ...read };
  info.buyerName ??= json.buyerName ?? null;
  info.buyerProxyEmail ??= json.buyerProxyEmail ?? null;
  info.orderId ??= json.orderId ?? null;
  if (info.orderId && !info.orderIds.includes(info.orderId)) info.orderIds = [info.orderId, ...info.orderIds];
  info.missing = info.missing.filter((field) => info[field as keyof PageInfo] == null);
  return info;
}

function fromReader(doc: Document, url: URL, address: PageAddress): Partial<PageInfo> {
  const data = readPageData(doc, url, address.kind);
  if (data.list) return { orderIds: data.list.rows.map((row) => row.orderId), missing: data.missing, ready: data.list.rows.length > 0 };
  const found = data.order ?? data.thread ?? data.contact;
  if (!found) return { ready: true };
  return {
    orderId: found.orderId ?? address.orderId,
    marketplace: found.marketplace,
    buyerName: found.buyerName,
    buyerProxyEmail: found.buyerProxyEmail,
    missing: data.missing,
    ready: isReady(doc, data),
  };
}

/** True once the page shows what its reader needs (Seller Central renders after load). */
function isReady(doc: Document, data: CaptureData): boolean {
  // The URL names the order from the start; the page is ready once it shows it.
  if (data.order) return data.order.orderId !== null && visibleText(doc).includes(data.order.orderId);
  if (data.thread) return data.thread.messages.length > 0 || data.thread.orderId !== null;
  // A heading that names no buyer ("Send a message to the buyer") still means the form is there.
  return (data.contact?.buyerName ?? null) !== null || deepQuerySelector(doc, SELECTORS.contactField) !== null;
}
