import { z } from 'zod';
import { findOrderId, findProxyEmail } from '../../../rules/page/patterns';

/**
 * Seller Central's own JSON (`/orders-api/order/<id>`, `/messaging/api/global/cases/<uuid>`),
 * read tolerantly: unknown fields are ignored, a field of an unexpected type counts as absent.
 * Readers use it to complete what the DOM does not show (the proxy email, message times).
 */

const optionalText = z.string().trim().min(1).optional().catch(undefined);
const optionalNumber = z.number().finite().optional().catch(undefined);

const orderJsonSchema = z.object({
  order: z
    .object({
      amazonOrderId: optionalText,
      orderId: optionalText,
      marketplaceId: optionalText,
      buyerName: optionalText,
      buyerProxyEmail: optionalText,
      orderStatus: optionalText,
    })
    .catch({}),
});

const artifactSchema = z.object({
  creator: z.object({ partyRole: optionalText }).optional().catch(undefined),
  createdDate: optionalNumber,
  formattedDate: optionalText,
  message: z.object({ messageBody: z.string().optional().catch(undefined) }).optional().catch(undefined),
});

const caseJsonSchema = z.object({
  caseId: optionalText,
  buyerName: optionalText,
  buyerProxyEmail: optionalText,
  orders: z.array(z.object({ orderId: optionalText, marketplaceId: optionalText }).catch({})).optional().catch(undefined),
  caseArtifacts: z.array(artifactSchema.catch({})).optional().catch(undefined),
});

export interface OrderJson {
  orderId: string | null;
  marketplaceId: string | null;
  buyerName: string | null;
  buyerProxyEmail: string | null;
  status: string | null;
}

/** The identity fields of an order JSON, or null when `json` is not one. */
export function orderFromJson(json: unknown): OrderJson | null {
  const parsed = orderJsonSchema.safeParse(json);
  if (!parsed.success) return null;
  const order = parsed.data.order;
  return {
    orderId: findOrderId(order.amazonOrderId ?? order.orderId),
    marketplaceId: order.marketplaceId ?? null,
    buyerName: order.buyerName ?? null,
    buyerProxyEmail: findProxyEmail(order.buyerProxyEmail),
    status: order.orderStatus ?? null,
  };
}

export interface CaseJsonMessage {
  role: string | null;
  text: string;
  timeIso: string | null;
}

export interface CaseJson {
  caseId: string | null;
  orderId: string | null;
  marketplaceId: string | null;
  buyerName: string | null;
  buyerProxyEmail: string | null;
  messages: CaseJsonMessage[];
}

/** The fields of a messaging case JSON, or null when `json` is not one. */
export function caseFromJson(json: unknown): CaseJson | null {
  const parsed = caseJsonSchema.safeParse(json);
  if (!parsed.success) return null;
  const data = parsed.data;
  const firstOrder = data.orders?.find((order) => order.orderId);
  return {
    caseId: data.caseId ?? null,
    orderId: findOrderId(firstOrder?.orderId),
    marketplaceId: firstOrder?.marketplaceId ?? null,
    buyerName: data.buyerName ?? null,
    buyerProxyEmail: findProxyEmail(data.buyerProxyEmail),
    messages: (data.caseArtifacts ?? []).map((artifact) => ({
      role: artifact.creator?.partyRole ?? null,
      text: artifact.message?.messageBody ?? '',
      timeIso: isoOf(artifact.createdDate),
    })),
  };
}

function isoOf(ms: number | undefined): string | null {
  if (ms === undefined) return null;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
