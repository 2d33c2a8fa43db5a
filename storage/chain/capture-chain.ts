import type { CaptureRecord } from '../capture/capture-schema';
import { CHAIN_BASE_KEY, CHAIN_HEAD_KEY, GENESIS, readLink, type ChainLink } from './chain-link';
import { t } from '../../locales/current';
import { redactionLookup } from './chain-events';
import { db } from '../db';
import { hashCanonical, sha256Hex } from './sha256';

type BrokenReason =
  | 'hash-mismatch'
  | 'prev-hash-mismatch'
  | 'missing-record'
  | 'head-mismatch'
  | 'image-missing'
  | 'image-mismatch';

interface BrokenLink {
  /** Chain position where the break is (for a missing record: the missing position). */
  seq: number;
  /** The capture found at that position; null when the record itself is missing. */
  id: string | null;
  reason: BrokenReason;
  /** One sentence for the agent. */
  message: string;
}

export interface ChainReport {
  ok: boolean;
  /** Captures checked and found intact before the first break (all of them when ok). */
  intact: number;
  firstBroken: BrokenLink | null;
}

/** The fields a capture's `hash` covers: everything but the hash itself and the search tokens. */
export function hashedPart(record: CaptureRecord): Omit<CaptureRecord, 'hash' | 'tokens'> {
  const { hash: _hash, tokens: _tokens, ...rest } = record;
  return rest;
}

/** SHA-256 of a capture's canonical JSON (without `hash` and `tokens`). */
export function recordHash(record: CaptureRecord): Promise<string> {
  return hashCanonical(hashedPart(record));
}

interface VerifyOptions {
  base?: ChainLink;
  /** The stored chain head; a mismatch reveals deleted newest captures. */
  head?: ChainLink | null;
  /** Loads an image's bytes to check its SHA-256; omit to skip the image check. */
  loadImage?: (id: string) => Promise<Blob | undefined>;
  /** For a capture redacted by retention, the hash its redacted content has (storage/chain/chain-events.ts). */
  redactedHash?: (record: CaptureRecord) => string | undefined;
}

const broken = (seq: number, id: string | null, reason: BrokenReason, message: string): BrokenLink => ({
  seq,
  id,
  reason,
  message,
});

/**
 * Check one capture against the link before it. Returns the break, or null when intact.
 * Order matters: a missing predecessor is named before the hash links it also breaks.
 */
async function checkRecord(record: CaptureRecord, prev: ChainLink, options: VerifyOptions): Promise<BrokenLink | null> {
  const { seq, id } = record;
  if (seq !== prev.seq + 1) {
    return broken(prev.seq + 1, null, 'missing-record', t('problem.chain.missing', { seq: String(prev.seq + 1), next: String(seq), prev: String(prev.seq) }));
  }
  if (record.prevHash !== prev.hash) {
    return broken(seq, id, 'prev-hash-mismatch', t('problem.chain.noLink', { seq: String(seq), prev: String(prev.seq) }));
  }
  const computed = await recordHash(record);
  if (computed !== record.hash && computed !== options.redactedHash?.(record)) {
    return broken(seq, id, 'hash-mismatch', t('problem.chain.changed', { seq: String(seq) }));
  }
  for (const image of options.loadImage ? record.images : []) {
    const blob = await options.loadImage!(image.id);
    if (!blob) return broken(seq, id, 'image-missing', t('problem.chain.imageMissing', { index: String(image.index + 1), seq: String(seq) }));
    if ((await sha256Hex(blob)) !== image.sha256) {
      return broken(seq, id, 'image-mismatch', t('problem.chain.imageChanged', { index: String(image.index + 1), seq: String(seq) }));
    }
  }
  return null;
}

/**
 * Verify captures in chain order, starting from `base`: every `seq` follows the one before,
 * every `prevHash` is the previous capture's `hash`, every `hash` matches the capture's
 * canonical JSON, and (with `loadImage`) every screenshot matches its SHA-256. Stops at the
 * first broken link and says where and why.
 * @example await verifyRecords(await db.captures.orderBy('seq').toArray(), { head })
 */
async function verifyRecords(records: Iterable<CaptureRecord> | AsyncIterable<CaptureRecord>, options: VerifyOptions = {}): Promise<ChainReport> {
  let prev = options.base ?? GENESIS;
  let intact = 0;
  for await (const record of records) {
    const firstBroken = await checkRecord(record, prev, options);
    if (firstBroken) return { ok: false, intact, firstBroken };
    prev = { seq: record.seq, hash: record.hash };
    intact += 1;
  }
  const firstBroken = checkHead(prev, options.head ?? null, options.base ?? GENESIS);
  return { ok: firstBroken === null, intact, firstBroken };
}

function checkHead(last: ChainLink, head: ChainLink | null, base: ChainLink): BrokenLink | null {
  if (!head) {
    return last.seq === base.seq ? null : broken(last.seq, null, 'head-mismatch', t('problem.chain.newestMissing'));
  }
  if (head.seq > last.seq) {
    return broken(last.seq + 1, null, 'missing-record', t('problem.chain.endsEarly', { seq: String(last.seq + 1), last: String(last.seq), head: String(head.seq) }));
  }
  if (head.seq !== last.seq || head.hash !== last.hash) {
    return broken(last.seq, null, 'head-mismatch', t('problem.chain.headDiffers', { last: String(last.seq), head: String(head.seq) }));
  }
  return null;
}

const PAGE = 500;

/** Captures in `seq` order, read a page at a time so a large archive never sits in memory at once. */
async function* capturesInOrder(): AsyncGenerator<CaptureRecord> {
  let after = -Infinity;
  for (;;) {
    const page = await db.captures.where('seq').above(after).limit(PAGE).toArray();
    yield* page;
    if (page.length < PAGE) return;
    after = page[page.length - 1]!.seq;
  }
}

/**
 * Verify the whole stored archive end to end (captures, chain head and, unless
 * `images: false`, every screenshot's bytes) and report the first broken link.
 */
export async function verifyChain(options: { images?: boolean } = {}): Promise<ChainReport> {
  const [base, head] = await Promise.all([readLink(CHAIN_BASE_KEY), readLink(CHAIN_HEAD_KEY)]);
  return verifyRecords(capturesInOrder(), {
    base: base ?? GENESIS,
    head,
    loadImage: options.images === false ? undefined : async (id) => (await db.captureImages.get(id))?.png,
    redactedHash: await redactionLookup(),
  });
}
