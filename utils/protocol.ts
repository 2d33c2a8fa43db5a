import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod';
import { PAGE_KINDS } from '../rules/page-kind';
import type { Result } from './result';

/**
 * The one messaging protocol of the extension. Each message takes one `data` object and
 * returns a plain value. Messages handled by the background validate `data` with the zod
 * schema next to them before touching storage; content-script handlers answer the popup
 * and the background about the page on screen.
 */

// ── Page recognition (content script ⇄ popup / background) ─────────────────────────────
export const pageInfoSchema = z.object({
  kind: z.enum(PAGE_KINDS),
  url: z.string(),
  marketplace: z.string().nullable(),
  orderId: z.string().nullable(),
  caseId: z.string().nullable(),
  buyerName: z.string().nullable(),
  buyerProxyEmail: z.string().nullable(),
  /** Order ids visible on the page (one on a detail page, many on a list). */
  orderIds: z.array(z.string()),
  /** Reader health: fields the page reader could not find. */
  missing: z.array(z.string()),
  /** True once the reader has seen the page's content (not just the loading spinner). */
  ready: z.boolean(),
});
export type PageInfo = z.infer<typeof pageInfoSchema>;

export const emptySchema = z.object({}).strict();

export interface ProtocolMap {
  // ── Page recognition ──
  /** Asked of the content script in a tab by the popup and the background. */
  getPageInfo(data: Record<string, never>): PageInfo | null;

  // ── Settings & audit (background) ──
  /** The agent's settings snapshot as the background sees it (used by the popup header). */
  ping(data: Record<string, never>): Result<{ version: string }>;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
