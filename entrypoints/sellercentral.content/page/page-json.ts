import { findOrderId, findProxyEmail } from '../../../rules/page/patterns';
import type { PageAddress } from '../../../rules/page/page-kind';
import type { PageInfo } from '../../../utils/protocol';

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
    return pickIdentity(await response.json());
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

/** Buyer identity from either JSON shape, tolerant of nesting changes. */
export function pickIdentity(json: unknown): Partial<PageInfo> {
  const root = (json ?? {}) as Record<string, unknown>;
  const order = (root.order ?? root) as Record<string, unknown>;
  const orders = Array.isArray(root.orders) ? (root.orders as unknown[]) : [];
  const email = findProxyEmail(stringAt(order, 'buyerProxyEmail') ?? stringAt(root, 'buyerProxyEmail'));
  const name = stringAt(root, 'buyerName') ?? stringAt(order, 'buyerName');
  const orderId = findOrderId(stringAt(order, 'amazonOrderId') ?? stringAt(order, 'orderId') ?? JSON.stringify(orders[0] ?? ''));
  const result: Partial<PageInfo> = {};
  if (email) result.buyerProxyEmail = email;
  if (name) result.buyerName = name;
  if (orderId) result.orderId = orderId;
  return result;
}

function stringAt(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}
