import { newCaptureId } from '../../rules/capture/capture-id';
import { appendAudit } from '../audit/audit';
import { recordHash } from '../chain/capture-chain';
import { CHAIN_BASE_KEY, CHAIN_HEAD_KEY, GENESIS, readLink, type ChainLink } from '../chain/chain-link';
import { captureTokens } from './capture-record';
import { captureRecordSchema, type CaptureImageRecord, type CaptureRecord } from './capture-schema';
import { db } from '../db';
import { sha256Hex } from '../chain/sha256';
import { captureNotSaved, hasCode, isQuotaError, SellerGuardError } from '../../utils/errors';
import { serialQueue } from '../../utils/serial-queue';

/** A capture as the capture flow builds it; the store adds id, chain position, hashes and tokens. */
export type CaptureDraft = Omit<CaptureRecord, 'id' | 'seq' | 'prevHash' | 'hash' | 'tokens' | 'images'>;

interface CaptureImageInput {
  png: Blob;
  width: number;
  height: number;
}


// Saves run one at a time so each reads the head the previous one wrote.
const oneAtATime = serialQueue();

/**
 * Store one capture: the record, its screenshots, the new chain head and an audit entry, in
 * ONE IndexedDB transaction, so a worker stopped mid-save leaves the whole capture or none.
 * Hashes are computed before the transaction (Web Crypto is not IndexedDB: awaiting it inside
 * would let the transaction commit early); the head is re-checked inside it.
 * @throws SellerGuardError with code `quota` when the disk or quota is full (nothing was written).
 */
export function saveCapture(draft: CaptureDraft, images: CaptureImageInput[] = []): Promise<CaptureRecord> {
  return oneAtATime(() => saveWithRetry(draft, images));
}

async function saveWithRetry(draft: CaptureDraft, images: CaptureImageInput[]): Promise<CaptureRecord> {
  // Ids sort newest first (rules/capture/capture-id.ts): the archive search reads its indexes forwards.
  const id = newCaptureId(draft.capturedAt);
  const metas = await Promise.all(
    images.map(async (image, index) => ({
      id: `${id}#${index}`,
      index,
      width: image.width,
      height: image.height,
      sha256: await sha256Hex(image.png),
    })),
  );
  for (let attempt = 0; ; attempt++) {
    const head = (await readLink(CHAIN_HEAD_KEY)) ?? (await readLink(CHAIN_BASE_KEY)) ?? GENESIS;
    const unsealed = captureRecordSchema.parse({
      ...draft,
      id,
      seq: head.seq + 1,
      prevHash: head.hash,
      images: metas,
      hash: GENESIS.hash,
      tokens: [],
    });
    const record: CaptureRecord = { ...unsealed, hash: await recordHash(unsealed), tokens: captureTokens(unsealed) };
    try {
      await writeCapture(record, head, images);
      return record;
    } catch (error) {
      if (hasCode(error, 'chain-moved') && attempt < 3) continue;
      throw isQuotaError(error) ? new SellerGuardError('quota', captureNotSaved()) : error;
    }
  }
}

async function writeCapture(record: CaptureRecord, head: ChainLink, images: CaptureImageInput[]): Promise<void> {
  const rows: CaptureImageRecord[] = images.map((image, index) => ({
    id: record.images[index]!.id,
    captureId: record.id,
    index,
    width: image.width,
    height: image.height,
    png: image.png,
  }));
  await db.transaction('rw', [db.captures, db.captureImages, db.meta, db.audit], async () => {
    const current = (await readLink(CHAIN_HEAD_KEY)) ?? (await readLink(CHAIN_BASE_KEY)) ?? GENESIS;
    if (current.seq !== head.seq || current.hash !== head.hash) throw new SellerGuardError('chain-moved');
    await db.captures.add(record);
    if (rows.length) await db.captureImages.bulkAdd(rows);
    await db.meta.put({ key: CHAIN_HEAD_KEY, value: { seq: record.seq, hash: record.hash, id: record.id } });
    await appendAudit({
      kind: 'capture',
      agent: record.agent,
      at: new Date(record.capturedAt),
      orderId: record.orderId,
      summary: `Captured ${record.kind} page${record.orderId ? ` of order ${record.orderId}` : ''} (#${record.seq})`,
      details: {
        captureId: record.id,
        seq: record.seq,
        hash: record.hash,
        source: record.source,
        screenshot: record.screenshot,
        images: record.images.length,
      },
    });
  });
}

/**
 * The newest capture of the same page: same order and kind when the page has an order id,
 * else same kind and URL (a message thread without an order). Null when there is none.
 */
export async function latestCaptureOf(page: Pick<CaptureRecord, 'kind' | 'orderId' | 'url'>): Promise<CaptureRecord | null> {
  const matches = page.orderId
    ? await db.captures.where('[orderId+kind]').equals([page.orderId, page.kind]).toArray()
    : await db.captures.where('kind').equals(page.kind).filter((c) => c.url === page.url).toArray();
  return matches.reduce<CaptureRecord | null>((newest, c) => (!newest || c.seq > newest.seq ? c : newest), null);
}
