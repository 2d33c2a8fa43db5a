import type { PageAddress } from '../../../rules/page/page-kind';
import type { PageInfo } from '../../../utils/protocol';
import { caseFromJson, orderFromJson } from '../readers/seller-central-json';

/**
 * Ask Seller Central's own JSON, same-origin with the agent's session exactly as the page
 * itself does, for what its DOM may not show (the buyer proxy email, the strongest buyer
 * key). Only the origin the agent is on is ever contacted. Any failure yields `{}`.
 */
export async function fetchPageJson(url: URL, address: PageAddress, signal: AbortSignal): Promise<Partial<PageInfo>> {
  const path = jsonPath(address);
  if (!path) return {};
  try {
    const response = await fetch(new URL(path, url.origin), {
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      signal,
    });
    if (!response.ok) return {};
    return identityOf(await response.json(), address);
  } catch {
    return {};
  }
}

function jsonPath(address: PageAddress): string | null {
  const withOrder = address.kind === 'order-details' || address.kind === 'contact-buyer';
  if (withOrder && address.orderId) return `/orders-api/order/${address.orderId}`;
  if (address.kind === 'message-thread' && address.caseId) {
    return `/messaging/api/global/cases/${encodeURIComponent(address.caseId)}`;
  }
  return null;
}

/** Buyer identity from the JSON the page kind asks for, read by its zod reader. */
function identityOf(json: unknown, address: PageAddress): Partial<PageInfo> {
  const found = address.kind === 'message-thread' ? caseFromJson(json) : orderFromJson(json);
  const result: Partial<PageInfo> = {};
  if (found?.buyerProxyEmail) result.buyerProxyEmail = found.buyerProxyEmail;
  if (found?.buyerName) result.buyerName = found.buyerName;
  if (found?.orderId) result.orderId = found.orderId;
  return result;
}
