import { z } from 'zod';
import { PAGE_KINDS } from '../rules/page/page-kind';
import { captureDataSchema } from '../storage/capture/capture-schema';

/**
 * Messages of evidence capture (see the "Evidence capture" section of utils/protocol.ts).
 * Everything the background receives is validated with these schemas before it is used.
 */

const tag = z.string().trim().min(1).max(40);

/** What the agent chose when asking for a capture (in-page button, popup). */
export const captureRequestSchema = z.object({
  /** Full page instead of the visible area; omitted = the setting. */
  fullPage: z.boolean().optional(),
  tags: z.array(tag).max(20).default([]),
  note: z.string().trim().max(500).default(''),
});
export type CaptureRequest = z.input<typeof captureRequestSchema>;

export const captureTabRequestSchema = captureRequestSchema.extend({ tabId: z.number().int().nonnegative() });
export type CaptureTabRequest = z.input<typeof captureTabRequestSchema>;

/** What a capture stored, for the status line. */
export interface CaptureOutcome {
  id: string;
  seq: number;
  orderId: string | null;
  kind: (typeof PAGE_KINDS)[number];
  source: 'page-button' | 'popup' | 'shortcut' | 'context-menu' | 'auto' | 'restore';
  screenshot: 'visible' | 'full' | 'none';
  /** Why there is no screenshot, when there is none. */
  screenshotNote: string | null;
  images: number;
  hash: string;
}

export type AutoCaptureOutcome =
  | { stored: true; capture: CaptureOutcome; reason: 'first-capture' | 'content-changed' }
  | { stored: false; reason: 'unchanged'; lastSeq: number }
  | { stored: false; reason: 'off-for-kind' | 'no-page-key' };

/** The page as the content script read it for a capture. */
export const captureSnapshotSchema = z.object({
  kind: z.enum(PAGE_KINDS),
  url: z.string().url(),
  title: z.string().max(2_000),
  marketplace: z.string().nullable(),
  orderId: z.string().nullable(),
  buyerName: z.string().nullable(),
  buyerProxyEmail: z.string().nullable(),
  data: captureDataSchema,
  /** Full visible text, with the address and phone blocks left out when `masked`. */
  text: z.string().max(5_000_000),
  masked: z.boolean(),
});
export type CaptureSnapshot = z.infer<typeof captureSnapshotSchema>;

/** A rectangle in viewport CSS pixels. */
export const rectSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  width: z.number().finite().nonnegative(),
  height: z.number().finite().nonnegative(),
});
export type Rect = z.infer<typeof rectSchema>;

/** The page's scrolling geometry for a full-page capture, in CSS pixels. */
export const pageGeometrySchema = z.object({
  viewportWidth: z.number().positive(),
  viewportHeight: z.number().positive(),
  /** The part of the viewport that scrolls: the whole viewport, or Seller Central's inner container. */
  area: z.object({
    top: z.number().nonnegative(),
    height: z.number().positive(),
    scrollHeight: z.number().positive(),
  }),
  scroller: z.enum(['document', 'inner']),
  /** Personal-data blocks to paint over in the current view (empty when masking is off). */
  maskRects: z.array(rectSchema),
});
export type PageGeometry = z.infer<typeof pageGeometrySchema>;

export const tileStateSchema = z.object({
  /** Where the scroll area actually is (the page may clamp the requested position). */
  y: z.number().nonnegative(),
  maskRects: z.array(rectSchema),
});
export type TileState = z.infer<typeof tileStateSchema>;

export type CaptureProgress =
  | { phase: 'capturing'; done: number; total: number }
  | { phase: 'saved'; outcome: CaptureOutcome }
  /** Auto-capture found the page as its last capture left it and stored nothing. */
  | { phase: 'unchanged'; lastSeq: number }
  | { phase: 'failed'; message: string };
