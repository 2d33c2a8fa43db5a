import { z } from 'zod';
import { MAX_TERMS_PER_CAPTURE } from '../../rules/search/capture-terms';
import { PAGE_KINDS } from '../../rules/page/page-kind';
import {
  contactBuyerSchema,
  messageThreadSchema,
  orderDetailsSchema,
  orderListSchema,
} from '../../rules/page/page-data';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hex digest');

/** Metadata of one screenshot image; the bytes live in `captureImages`. */
const captureImageMetaSchema = z.object({
  /** `captureImages` key: `<capture id>#<index>`. */
  id: z.string().min(1),
  index: z.number().int().nonnegative(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** SHA-256 of the PNG bytes. */
  sha256: sha256Hex,
});

/** Structured page data as the readers returned it (one field per page kind). */
export const captureDataSchema = z.object({
  order: orderDetailsSchema.optional(),
  thread: messageThreadSchema.optional(),
  contact: contactBuyerSchema.optional(),
  list: orderListSchema.optional(),
  /** Fields the reader could not find on the page (reader health at capture time). */
  missing: z.array(z.string().max(100)).max(100).default([]),
  /**
   * Parts of the page it was still loading when the capture stopped waiting for them (e.g. a
   * thread's `orderPanel`), so the record says what it could not show; absent when the page
   * had finished, and on captures stored before this was recorded.
   */
  notLoaded: z.array(z.string().max(100)).max(20).optional(),
});
export type CaptureData = z.infer<typeof captureDataSchema>;

/** What capture masking did with one kind of personal data. */
const MASK_STATES = ['masked', 'not-found', 'off'] as const;
const maskStateSchema = z.enum(MASK_STATES);

/**
 * What a capture masked: `masked` (the block was found, left out of the text and painted over
 * in the screenshots), `not-found` (masking was on but the block could not be located, so the
 * text and screenshots may show it) or `off` (the agent had switched masking off).
 */
export const captureMaskingSchema = z.object({ address: maskStateSchema, phone: maskStateSchema });
export type CaptureMasking = z.infer<typeof captureMaskingSchema>;

/**
 * One evidence capture. `hash` is the SHA-256 of the canonical JSON of every other field
 * except `tokens` (a derived search index); `prevHash` is the previous capture's `hash`
 * (64 zeros for the first), forming a chain that `verifyChain` checks end to end.
 */
export const captureRecordSchema = z.object({
  id: z.string().min(1),
  /** Position in the hash chain, 1-based, strictly increasing. */
  seq: z.number().int().positive(),
  /** UTC, ISO 8601. */
  capturedAt: z.iso.datetime(),
  agent: z.string(),
  extensionVersion: z.string(),
  source: z.enum(['page-button', 'popup', 'shortcut', 'context-menu', 'auto', 'restore']),
  url: z.string().url(),
  title: z.string(),
  marketplace: z.string().nullable(),
  kind: z.enum(PAGE_KINDS),
  orderId: z.string().nullable(),
  buyerName: z.string().nullable(),
  buyerProxyEmail: z.string().nullable(),
  asins: z.array(z.string()).max(500),
  trackingIds: z.array(z.string()).max(500),
  tags: z.array(z.string().min(1).max(40)).max(20),
  note: z.string().max(500),
  data: captureDataSchema,
  /** The page's full visible text (open shadow roots included), masked when `masked`. */
  text: z.string(),
  /** True when masking of the address and phone was on (settings: maskPersonalData). */
  masked: z.boolean(),
  /** What masking found and did; absent on captures stored before it was recorded. */
  masking: captureMaskingSchema.optional(),
  /** SHA-256 of the page content (kind, order, data, text): equal hashes = nothing changed. */
  contentHash: sha256Hex,
  screenshot: z.enum(['visible', 'full', 'none']),
  /** Why there is no screenshot, in the agent's words, when `screenshot` is 'none'. */
  screenshotNote: z.string().nullable(),
  images: z.array(captureImageMetaSchema).max(100),
  prevHash: sha256Hex,
  hash: sha256Hex,
  /** Search index terms (derived from the record; not part of `hash`). */
  tokens: z.array(z.string()).max(MAX_TERMS_PER_CAPTURE),
});
export type CaptureRecord = z.infer<typeof captureRecordSchema>;

export const captureImageRecordSchema = z.object({
  id: z.string().min(1),
  captureId: z.string().min(1),
  index: z.number().int().nonnegative(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  png: z.instanceof(Blob),
});
export type CaptureImageRecord = z.infer<typeof captureImageRecordSchema>;

