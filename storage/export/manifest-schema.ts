import { z } from 'zod';
import { captureRecordSchema } from '../capture/capture-schema';
import { chainEventSchema } from '../chain/chain-event-schema';
import { MAX_GAP_LINKS, MAX_PACK_CAPTURES, MAX_PACK_EVENTS, MAX_PACK_FILES, MAX_SCREENSHOTS_PER_CAPTURE } from './pack-limits';

/**
 * # Seller Guard evidence pack (ZIP), format version 2
 *
 * | File | What |
 * | --- | --- |
 * | `manifest.json` | This schema: every exported capture's full record (metadata, structured data, page text, hashes), each file's SHA-256, the hash chain around the captures, and the archive events (retention redactions, restores) that concern them. |
 * | `captures.csv` | One row per capture (UTF-8 with BOM, CRLF; the header row in the exporting agent's interface language, English column names unchanged). Cells starting with `=`, `+`, `-`, `@`, tab or CR get a leading `'` so spreadsheets never run them as formulas. |
 * | `screenshots/*.png` | The screenshots as captured, byte for byte: `<seq>_<order id or page kind>_<n>.png`. |
 * | `report.html` | A self-contained, printable report: one section per order with the capture timeline, the buyer/seller messages with their times, order status and tracking states, and every hash, in the exporting agent's interface language (dates through date-fns, in UTC). All page text is HTML-escaped; a Content-Security-Policy forbids scripts and remote loads. |
 * | `audit-log.csv` | The audit log entries for the exported orders (all of them for a full export); header row in the interface language like `captures.csv`. |
 * | `manifest.sig.json` | (version 2) The detached signature of `manifest.json`'s exact bytes by this install's key: see pack-signature-schema.ts. |
 *
 * **Integrity.** `files[]` lists the SHA-256 and size of every file but `manifest.json`. Each
 * capture's `record.hash` is the SHA-256 of the canonical JSON (object keys sorted by UTF-16
 * code units, no whitespace, `JSON.stringify` strings and numbers) of the record without
 * `hash` (and without the derived `tokens`, which packs leave out); `record.prevHash` is the
 * previous capture's hash (64 zeros for the first), so the captures form a chain. Captures of
 * the archive between the first and last exported one that are not in the pack appear in
 * `chain.gaps` as `{ seq, prevHash, hash }`, so the chain can be followed across them.
 * A capture redacted by retention no longer matches its `hash`; a `redaction` event in
 * `events[]` (itself hashed the same way, without its `hash`) records its chain hash and the
 * hash of its redacted content. "Verify an export" on the options page recomputes all of this.
 *
 * **Signature (version 2).** The chain is unkeyed: anyone can edit a pack and recompute every
 * hash. So each install holds an ECDSA P-256 key pair and signs `manifest.json` (which holds
 * every other file's SHA-256); verify reports the signing key's fingerprint and the agent.
 * Version 1 packs (no `manifest.sig.json`) are still read, and reported as "not signed"; a
 * version 2 pack without a valid signature does not verify.
 *
 * **Limits.** Arrays have maxima and reading is capped (pack-limits.ts): a pack over 2 GB is
 * refused before it is opened; no entry inflates past the size its manifest lists.
 */
export const MANIFEST_FORMAT = 'seller-guard-evidence-pack';
export const MANIFEST_VERSION = 2;
/** Versions this build reads. */
export const MANIFEST_VERSIONS = [1, 2] as const;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hex digest');
const link = z.object({ seq: z.number().int().nonnegative(), hash: sha256Hex });
const path = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\w.-]+(?:\/[\w.-]+)*$/, 'a relative path of letters, digits, _ . - and /')
  .refine((p) => !p.split('/').includes('..'), 'no ".." in paths');

export const manifestFileSchema = z.object({
  path,
  sha256: sha256Hex,
  size: z.number().int().nonnegative(),
  role: z.enum(['screenshot', 'captures-csv', 'report', 'audit-log']),
});
export type ManifestFile = z.infer<typeof manifestFileSchema>;

export const exportedCaptureSchema = z.object({
  record: captureRecordSchema.omit({ tokens: true }),
  /** The screenshot files of this capture, in `record.images` order. */
  screenshots: z.array(z.object({ imageId: z.string().max(100), path, sha256: sha256Hex })).max(MAX_SCREENSHOTS_PER_CAPTURE),
  /** What the archive found when exporting: content matches `hash`, or matches a recorded redaction. */
  status: z.enum(['intact', 'redacted', 'altered']),
});
export type ExportedCapture = z.infer<typeof exportedCaptureSchema>;

export const gapLinkSchema = z.object({ seq: z.number().int().positive(), prevHash: sha256Hex, hash: sha256Hex });

export const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  version: z.union(MANIFEST_VERSIONS.map((v) => z.literal(v))),
  exportedAt: z.iso.datetime(),
  /** Agent name from settings. */
  exportedBy: z.string(),
  extensionVersion: z.string(),
  /** What was exported: everything, one order's evidence pack, or search results. */
  scope: z.object({
    type: z.enum(['all', 'order', 'search']),
    orderId: z.string().nullable(),
    query: z.string().nullable(),
  }),
  captures: z.array(exportedCaptureSchema).max(MAX_PACK_CAPTURES),
  chain: z.object({
    /** Where the archive's chain started when exported (genesis, or after deleted captures). */
    base: link,
    /** The archive's newest capture when exported. */
    head: link.nullable(),
    gaps: z.array(gapLinkSchema).max(MAX_GAP_LINKS),
    /** True when the span between exported captures was too long to list in `gaps`. */
    gapsOmitted: z.boolean(),
  }),
  events: z.array(chainEventSchema).max(MAX_PACK_EVENTS),
  files: z.array(manifestFileSchema).max(MAX_PACK_FILES),
});
export type EvidenceManifest = z.infer<typeof manifestSchema>;
