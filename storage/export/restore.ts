import { captureTerms } from '../../rules/search/capture-terms';
import { t } from '../../locales/current';
import { appendAudit } from '../audit/audit';
import { recordHash } from '../chain/capture-chain';
import { CHAIN_BASE_KEY, CHAIN_HEAD_KEY, GENESIS, readLink, type ChainLink } from '../chain/chain-link';
import type { RestoreEntry } from '../chain/chain-event-schema';
import { hasCode, SellerGuardError } from '../../utils/errors';
import { readEventHead, sealEvent, writeEvent } from '../chain/chain-events';
import type { CaptureRecord } from '../capture/capture-schema';
import { db } from '../db';
import type { ExportedCapture } from './manifest-schema';
import { screenshotsOf } from './pack-screenshots';
import { readStopTerms } from '../archive/stop-terms';
import { verifyExport, type ExportVerification } from './verify-export';

/**
 * Restore (merge) an evidence pack into the archive.
 * - Validated: the pack must verify completely (verify-export.ts: signature, every file, and
 *   every capture's id, order id, ASINs and screenshot names in Seller Guard's formats); any
 *   problem refuses the whole restore with the list of problems, before anything is written.
 * - Idempotent: a capture whose id is already in the archive is skipped, so restoring the same
 *   pack twice adds nothing the second time.
 * - Atomic: every added capture, its screenshots, the new chain head, a `restore` chain event
 *   (each capture's position and hash in the pack) and the audit entry are written in ONE
 *   transaction.
 * Added captures are appended to this archive's chain (new `seq`, `prevHash` and `hash`,
 * `source: 'restore'`); their content, id, capture time and agent are those of the pack.
 */

export interface SkippedCapture {
  id: string;
  seq: number;
  orderId: string | null;
  reason: 'already-in-archive' | 'different-capture-same-id';
}

export interface RestoreSummary {
  added: number;
  skipped: SkippedCapture[];
}

/** The pack did not verify; `problems` says why. Nothing was changed. */
function restoreRefused(problems: string[]): SellerGuardError {
  const message = t.plural('problem.restore.refused', problems.length, { problems: problems.slice(0, 3).join(' ') });
  return new SellerGuardError('restore-refused', message, { problems });
}

/** The archive refused the write (disk full, a clashing record): the one transaction left nothing behind. */
function restoreWriteFailed(cause: unknown): SellerGuardError {
  const inner = cause instanceof Error ? ((cause as { failures?: Error[] }).failures?.[0] ?? cause) : null;
  const message = t('problem.restore.write', { error: inner ? `${inner.name}: ${inner.message}` : String(cause) });
  return new SellerGuardError('restore-write', message, { cause });
}

/** The signing key's fingerprint, or why there is none, for the audit entry. */
const signerOf = ({ signature }: ExportVerification) => (signature?.status === 'signed' ? `key ${signature.fingerprint}, agent ${signature.signedBy}` : 'not signed');

/** Same capture (possibly re-chained by an earlier restore, or redacted since): same time and page content. */
function sameCapture(local: CaptureRecord, packed: ExportedCapture['record']): boolean {
  return local.hash === packed.hash || (local.capturedAt === packed.capturedAt && local.contentHash === packed.contentHash);
}

async function captureHead(): Promise<ChainLink> {
  return (await readLink(CHAIN_HEAD_KEY)) ?? (await readLink(CHAIN_BASE_KEY)) ?? GENESIS;
}

/** Re-chain pack captures after `head` in their pack order. */
async function rechain(captures: ExportedCapture[], head: ChainLink, stop: ReadonlySet<string>): Promise<{ records: CaptureRecord[]; entries: RestoreEntry[] }> {
  const records: CaptureRecord[] = [];
  const entries: RestoreEntry[] = [];
  let prev = head;
  for (const { record: original } of captures) {
    const unsealed = { ...original, source: 'restore' as const, seq: prev.seq + 1, prevHash: prev.hash, tokens: [] };
    const record: CaptureRecord = { ...unsealed, hash: await recordHash(unsealed), tokens: captureTerms(unsealed, stop) };
    records.push(record);
    entries.push({ captureId: record.id, captureSeq: record.seq, captureHash: record.hash, originalSeq: original.seq, originalHash: original.hash });
    prev = { seq: record.seq, hash: record.hash };
  }
  return { records, entries };
}

/**
 * Restore an evidence pack file. Throws a `restore-refused` SellerGuardError (with its `problems`) when the file does not verify.
 * @example const { added, skipped } = await restoreExport(file, { agent: 'Dana' })
 */
export async function restoreExport(file: Blob, options: { agent: string; now?: Date }): Promise<RestoreSummary> {
  const now = options.now ?? new Date();
  const verification = await verifyExport(file);
  if (!verification.ok || !verification.manifest) throw restoreRefused(verification.problems);
  const manifest = verification.manifest;

  const existing = await db.captures.bulkGet(manifest.captures.map((c) => c.record.id));
  const skipped: SkippedCapture[] = [];
  const toAdd = manifest.captures.filter(({ record }, i) => {
    const local = existing[i];
    if (!local) return true;
    skipped.push({ id: record.id, seq: record.seq, orderId: record.orderId, reason: sameCapture(local, record) ? 'already-in-archive' : 'different-capture-same-id' });
    return false;
  });

  const images = await screenshotsOf(file, manifest, toAdd);

  const summaryText = `Restored ${toAdd.length} capture(s) from an evidence pack exported ${manifest.exportedAt} by ${manifest.exportedBy || 'unknown'}; ${skipped.length} already in the archive or conflicting`;
  const audit = { kind: 'restore' as const, agent: options.agent, at: now, summary: summaryText, details: { added: toAdd.length, skipped: skipped.length, exportedAt: manifest.exportedAt, scope: manifest.scope, signedBy: signerOf(verification) } };
  if (!toAdd.length) {
    await appendAudit(audit);
    return { added: 0, skipped };
  }

  for (let attempt = 0; ; attempt++) {
    const head = await captureHead();
    const eventHead = await readEventHead();
    const { records, entries: restoreEntries } = await rechain(toAdd, head, await readStopTerms());
    const event = await sealEvent(
      { type: 'restore', at: now.toISOString(), agent: options.agent, source: { exportedAt: manifest.exportedAt, exportedBy: manifest.exportedBy }, entries: restoreEntries },
      eventHead,
    );
    try {
      await db.transaction('rw', [db.captures, db.captureImages, db.meta, db.audit, db.chainEvents], async () => {
        const current = await captureHead();
        if (current.seq !== head.seq || current.hash !== head.hash) throw new SellerGuardError('chain-moved');
        if ((await db.captures.bulkGet(records.map((r) => r.id))).some(Boolean)) throw new SellerGuardError('chain-moved');
        await db.captures.bulkAdd(records);
        if (images.length) await db.captureImages.bulkAdd(images);
        const last = records.at(-1)!;
        await db.meta.put({ key: CHAIN_HEAD_KEY, value: { seq: last.seq, hash: last.hash, id: last.id } });
        await writeEvent(event, eventHead);
        await appendAudit({ ...audit, details: { ...audit.details, eventSeq: event.seq } });
      });
      return { added: records.length, skipped };
    } catch (error) {
      if (!hasCode(error, 'chain-moved') || attempt >= 3) throw restoreWriteFailed(error);
    }
  }
}
