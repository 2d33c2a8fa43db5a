import { marketplaceOf } from '../../../rules/page/marketplace';
import type { PageAddress } from '../../../rules/page/page-kind';
import type { CaptureSnapshot } from '../../../utils/capture-protocol';
import type { PageInfo } from '../../../utils/protocol';
import { maskedPageText } from './personal-blocks';
import { readPageData } from '../readers/read-page-data';

/**
 * Everything a capture stores about the page except the screenshot: kind, URL, title,
 * marketplace, identity (the page watcher's `info`, which includes Seller Central's JSON),
 * the reader's structured data and the visible text. With `mask`, the shipping address and
 * phone are left out of the text, and `masking` says whether they were found. `notLoaded`
 * names the parts the page was still loading when the capture stopped waiting for them.
 */
export function captureSnapshot(
  doc: Document,
  address: PageAddress,
  info: PageInfo | null,
  mask: boolean,
  notLoaded: readonly string[] = [],
): CaptureSnapshot {
  const url = new URL(doc.location.href);
  const data = readPageData(doc, url, address.kind);
  if (notLoaded.length > 0) data.notLoaded = [...notLoaded];
  const fromData = data.order ?? data.thread ?? data.contact;
  const buyerName = info?.buyerName ?? fromData?.buyerName ?? null;
  const { text, masking } = maskedPageText(doc, mask, buyerName ? [buyerName] : []);
  return {
    kind: address.kind,
    url: url.href,
    title: doc.title,
    marketplace: info?.marketplace ?? fromData?.marketplace ?? marketplaceOf(url.hostname, address.marketplaceId),
    orderId: info?.orderId ?? fromData?.orderId ?? address.orderId,
    buyerName,
    buyerProxyEmail: info?.buyerProxyEmail ?? fromData?.buyerProxyEmail ?? null,
    data,
    text,
    masked: mask,
    masking,
  };
}
