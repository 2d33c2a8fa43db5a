import { marketplaceOf } from '../../../rules/page/marketplace';
import type { PageAddress } from '../../../rules/page/page-kind';
import type { PageInfo } from '../../../utils/protocol';
import { deepQuerySelector, readContactBuyer, readMessageThread, readOrderDetails, readOrderList, visibleText } from '../readers/page-readers';

const CONTACT_FORM = ['.contact-buyer-text-area', 'kat-textarea', 'textarea'];

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
  switch (address.kind) {
    case 'order-details': {
      const { data, missing } = readOrderDetails(doc, url);
      return {
        orderId: data.orderId ?? address.orderId,
        marketplace: data.marketplace,
        buyerName: data.buyerName,
        buyerProxyEmail: data.buyerProxyEmail,
        missing,
        // The URL names the order from the start; the page is ready once it shows it.
        ready: data.orderId !== null && visibleText(doc).includes(data.orderId),
      };
    }
    case 'message-thread': {
      const { data, missing } = readMessageThread(doc, url);
      return {
        orderId: data.orderId,
        marketplace: data.marketplace,
        buyerName: data.buyerName,
        buyerProxyEmail: data.buyerProxyEmail,
        missing,
        ready: data.messages.length > 0 || data.orderId !== null,
      };
    }
    case 'contact-buyer': {
      const { data, missing } = readContactBuyer(doc, url);
      return {
        orderId: data.orderId ?? address.orderId,
        marketplace: data.marketplace,
        buyerName: data.buyerName,
        buyerProxyEmail: data.buyerProxyEmail,
        missing,
        // A heading that names no buyer ("Send a message to the buyer") still means the form is there.
        ready: data.buyerName !== null || deepQuerySelector(doc, CONTACT_FORM) !== null,
      };
    }
    case 'order-list': {
      const { data, missing } = readOrderList(doc);
      return { orderIds: data.rows.map((row) => row.orderId), missing, ready: data.rows.length > 0 };
    }
    default:
      return { ready: true };
  }
}
