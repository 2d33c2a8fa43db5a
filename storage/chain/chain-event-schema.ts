import { z } from 'zod';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hex digest');
/** Most captures one event (a retention run, a restore) may concern. */
const MAX_EVENT_CAPTURES = 1_000_000;
const link = z.object({ seq: z.number().int().nonnegative(), hash: sha256Hex });

/** One capture a retention run redacted: its chain hash stays, its content now hashes to `redactedHash`. */
const redactionEntrySchema = z.object({
  captureId: z.string().min(1),
  captureSeq: z.number().int().positive(),
  /** The capture's `hash` (its link in the capture chain, computed before redaction). */
  captureHash: sha256Hex,
  /** SHA-256 of the capture's canonical JSON after redaction. */
  redactedHash: sha256Hex,
  /** Screenshots removed (they show the buyer), with the SHA-256 they had. */
  removedImages: z.array(z.object({ id: z.string(), sha256: sha256Hex })).max(100),
});
export type RedactionEntry = z.infer<typeof redactionEntrySchema>;

/** One capture added by a restore: where it sits now and what it was in the export. */
const restoreEntrySchema = z.object({
  captureId: z.string().min(1),
  captureSeq: z.number().int().positive(),
  captureHash: sha256Hex,
  originalSeq: z.number().int().positive(),
  originalHash: sha256Hex,
});
export type RestoreEntry = z.infer<typeof restoreEntrySchema>;

const base = {
  /** Position in the event chain, 1-based. */
  seq: z.number().int().positive(),
  at: z.iso.datetime(),
  agent: z.string(),
  /** Every capture the event concerns (indexed, so a capture's events are one lookup). */
  captureIds: z.array(z.string()).max(MAX_EVENT_CAPTURES),
  prevHash: sha256Hex,
  /** SHA-256 of the canonical JSON of every other field. */
  hash: sha256Hex,
};

/**
 * Changes made to the archive after capture, kept as their own hash chain beside the
 * capture chain, so nothing hashed is ever changed silently:
 * - `redaction`: retention removed buyer personal data from captures (their `hash` and chain
 *   links are unchanged; each entry says what the redacted record now hashes to);
 * - `deletion`: retention deleted the oldest captures `fromSeq`…`toSeq`; `base` is the link the
 *   capture chain now starts from;
 * - `restore`: captures added from an evidence pack, with their hash in the pack.
 */
export const chainEventSchema = z.discriminatedUnion('type', [
  z.object({
    ...base,
    type: z.literal('redaction'),
    /** Record fields cleared or rewritten (e.g. buyerName, text). */
    fields: z.array(z.string()).max(100),
    entries: z.array(redactionEntrySchema).max(MAX_EVENT_CAPTURES),
  }),
  z.object({
    ...base,
    type: z.literal('deletion'),
    fromSeq: z.number().int().positive(),
    toSeq: z.number().int().positive(),
    count: z.number().int().nonnegative(),
    base: link,
  }),
  z.object({
    ...base,
    type: z.literal('restore'),
    /** The evidence pack restored from (its manifest's export time and agent). */
    source: z.object({ exportedAt: z.iso.datetime(), exportedBy: z.string() }),
    entries: z.array(restoreEntrySchema).max(MAX_EVENT_CAPTURES),
  }),
]);
export type ChainEvent = z.infer<typeof chainEventSchema>;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An event before the store gives it its chain position and hashes. */
export type ChainEventDraft = DistributiveOmit<ChainEvent, 'seq' | 'prevHash' | 'hash' | 'captureIds'>;
