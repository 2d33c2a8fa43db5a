import { z } from 'zod';

/**
 * What the page readers return. Every field a reader could not find is `null` (or an empty
 * list) and is named in `missing`: readers never invent a value. Validated with zod at the
 * reader boundary and again by the background before anything is stored.
 */

const text = z.string().min(1);
const nullableText = text.nullable();

const orderItemSchema = z.object({
  asin: nullableText,
  sku: nullableText,
  title: nullableText,
  quantity: z.number().int().nonnegative().nullable(),
});
export type OrderItem = z.infer<typeof orderItemSchema>;

const trackingSchema = z.object({
  carrier: nullableText,
  trackingId: text,
  /** Latest shipment status as shown, e.g. "Delivered". */
  status: nullableText,
  /** Date shown with that status or the ship date, as displayed. */
  date: nullableText,
});
export type Tracking = z.infer<typeof trackingSchema>;

export const orderDetailsSchema = z.object({
  orderId: nullableText,
  marketplace: nullableText,
  orderDate: nullableText,
  status: nullableText,
  fulfillmentChannel: z.enum(['FBA', 'FBM']).nullable(),
  buyerName: nullableText,
  buyerProxyEmail: nullableText,
  items: z.array(orderItemSchema).max(1_000),
  shippingService: nullableText,
  tracking: z.array(trackingSchema).max(500),
});
export type OrderDetails = z.infer<typeof orderDetailsSchema>;

const messageSchema = z.object({
  /** Who wrote it; `unknown` when neither Seller Central's data nor the page says (never a guess). */
  direction: z.enum(['buyer', 'seller', 'amazon', 'unknown']),
  sender: nullableText,
  /** Time as displayed, e.g. "Jun 5, 2024 3:04 PM". */
  time: nullableText,
  /** ISO 8601 when the time could be parsed (or came from Seller Central's JSON), else null. */
  timeIso: nullableText,
  text: z.string(),
});
export type ThreadMessage = z.infer<typeof messageSchema>;

const BANNER_KINDS = ['guideline-failure', 'account-restricted', 'buyer-opted-out', 'a2z-eligible'] as const;
const bannerSchema = z.object({ kind: z.enum(BANNER_KINDS), text });
export type SellerCentralBanner = z.infer<typeof bannerSchema>;

export const messageThreadSchema = z.object({
  caseId: nullableText,
  orderId: nullableText,
  marketplace: nullableText,
  buyerName: nullableText,
  buyerProxyEmail: nullableText,
  messages: z.array(messageSchema).max(10_000),
  banners: z.array(bannerSchema).max(100),
});
export type MessageThread = z.infer<typeof messageThreadSchema>;

const orderListRowSchema = z.object({
  orderId: text,
  buyerName: nullableText,
  status: nullableText,
  asins: z.array(text).max(500),
});
export type OrderListRow = z.infer<typeof orderListRowSchema>;
export const orderListSchema = z.object({ rows: z.array(orderListRowSchema).max(5_000) });
export type OrderList = z.infer<typeof orderListSchema>;

export const contactBuyerSchema = z.object({
  orderId: nullableText,
  marketplace: nullableText,
  buyerName: nullableText,
  buyerProxyEmail: nullableText,
});
export type ContactBuyer = z.infer<typeof contactBuyerSchema>;

/** A reader's answer: the data plus the names of the fields it could not find. */
export interface ReaderResult<T> {
  data: T;
  missing: string[];
}

/** Names of the top-level fields of `data` that are null or empty lists. */
export function missingFields(data: Record<string, unknown>, optional: readonly string[] = []): string[] {
  return Object.entries(data)
    .filter(([key, value]) => !optional.includes(key) && (value === null || (Array.isArray(value) && value.length === 0)))
    .map(([key]) => key);
}
