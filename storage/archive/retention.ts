import { appendAudit } from '../audit/audit';
import { t } from '../../locales/current';
import { recordHash } from '../chain/capture-chain';
import { CHAIN_BASE_KEY, CHAIN_HEAD_KEY, GENESIS, readLink } from '../chain/chain-link';
import type { RedactionEntry } from '../chain/chain-event-schema';
import { withEvent } from '../chain/chain-events';
import type { CaptureRecord } from '../capture/capture-schema';
import { db } from '../db';
import { redactCapture, REDACTED_FIELDS } from './retention-redact';
import { readStopTerms } from './stop-terms';

/**
 * The retention run (daily, from the background alarm; also on demand from the options page):
 * 1. Captures older than `redactAfterDays` lose the buyer's personal data (retention-redact.ts).
 *    Each batch is ONE transaction with a `redaction` chain event that keeps every capture's
 *    chain hash and records what its redacted content hashes to, so `verifyChain` still passes.
 * 2. With `deleteAfterDays` set, the oldest captures (in chain order, while older than that)
 *    are deleted with their screenshots, the chain base moves past them, and a `deletion`
 *    event records the range.
 * 3. One audit entry says what the run did, even when it did nothing.
 */

interface RetentionPolicy {
  redactAfterDays: number;
  deleteAfterDays: number | null;
}

export interface RetentionSummary {
  redacted: number;
  deleted: number;
}

/** meta key: captures taken before `redactedBefore` were handled; events up to `eventSeq` seen. */
const RETENTION_STATE_KEY = 'retention-state';
interface RetentionState {
  redactedBefore: string;
  eventSeq: number;
}

const BATCH = 200;
const DAY = 86_400_000;

/** Run retention now. Returns what it did; every change is chained and audited. */
export async function runRetention(policy: RetentionPolicy, agent: string, now = new Date()): Promise<RetentionSummary> {
  const redacted = await redactDue(new Date(now.getTime() - policy.redactAfterDays * DAY), agent, now);
  const deleted = policy.deleteAfterDays ? await deleteOlderThan(new Date(now.getTime() - policy.deleteAfterDays * DAY), agent, now) : 0;
  await appendAudit({
    kind: 'retention',
    agent,
    at: now,
    summary: `Retention run: ${redacted} capture(s) redacted, ${deleted} deleted`,
    details: { redacted, deleted, redactAfterDays: policy.redactAfterDays, deleteAfterDays: policy.deleteAfterDays },
  });
  return { redacted, deleted };
}

/** Ids of captures due for redaction: newly past the cut-off, and restored ones since the last run. */
async function dueIds(cutoff: string, state: RetentionState): Promise<string[]> {
  const aged = await db.captures.where('capturedAt').between(state.redactedBefore, cutoff, true, false).primaryKeys();
  const restores = await db.chainEvents.where('seq').above(state.eventSeq).filter((e) => e.type === 'restore').toArray();
  const restored = restores.flatMap((e) => e.captureIds);
  return [...new Set([...aged, ...restored])];
}

async function alreadyRedacted(ids: string[]): Promise<Set<string>> {
  const events = await db.chainEvents.where('captureIds').anyOf(ids).filter((e) => e.type === 'redaction').toArray();
  return new Set(events.flatMap((e) => e.captureIds));
}

async function redactDue(cutoffDate: Date, agent: string, now: Date): Promise<number> {
  const cutoff = cutoffDate.toISOString();
  const state = ((await db.meta.get(RETENTION_STATE_KEY))?.value as RetentionState | undefined) ?? { redactedBefore: '', eventSeq: 0 };
  const ids = await dueIds(cutoff, state);
  const stop = await readStopTerms();
  let count = 0;
  for (let start = 0; start < ids.length; start += BATCH) {
    const batchIds = ids.slice(start, start + BATCH);
    const done = await alreadyRedacted(batchIds);
    const records = (await db.captures.bulkGet(batchIds)).filter((r): r is CaptureRecord => !!r && !done.has(r.id) && r.capturedAt < cutoff);
    if (!records.length) continue;
    const redacted = records.map((r) => redactCapture(r, now, stop));
    const entries: RedactionEntry[] = await Promise.all(
      redacted.map(async (r, i) => ({
        captureId: r.id,
        captureSeq: r.seq,
        captureHash: r.hash,
        redactedHash: await recordHash(r),
        removedImages: records[i]!.images.map((img) => ({ id: img.id, sha256: img.sha256 })),
      })),
    );
    const draft = { type: 'redaction' as const, at: now.toISOString(), agent, fields: [...REDACTED_FIELDS], entries };
    await withEvent(draft, [db.captures, db.captureImages, db.captureThumbs], async () => {
      // Skip any capture changed since it was read (e.g. deleted): redact only what the event describes.
      const current = await db.captures.bulkGet(records.map((r) => r.id));
      if (current.some((c, i) => !c || c.hash !== records[i]!.hash || c.text !== records[i]!.text)) throw new Error(t('problem.retention.capturesChanged'));
      await db.captures.bulkPut(redacted);
      await db.captureImages.bulkDelete(entries.flatMap((e) => e.removedImages.map((img) => img.id)));
      await db.captureThumbs.bulkDelete(records.map((r) => r.id));
    });
    count += records.length;
  }
  const eventSeq = (await db.chainEvents.orderBy('seq').last())?.seq ?? 0;
  const redactedBefore = cutoff > state.redactedBefore ? cutoff : state.redactedBefore;
  await db.meta.put({ key: RETENTION_STATE_KEY, value: { redactedBefore, eventSeq } satisfies RetentionState });
  return count;
}

/** Delete the oldest captures, in chain order, while they are older than the cut-off. */
async function deleteOlderThan(cutoffDate: Date, agent: string, now: Date): Promise<number> {
  const cutoff = cutoffDate.toISOString();
  let count = 0;
  for (;;) {
    const base = (await readLink(CHAIN_BASE_KEY)) ?? GENESIS;
    const oldest = await db.captures.where('seq').above(base.seq).limit(BATCH).toArray();
    const doomed: CaptureRecord[] = [];
    for (const record of oldest) {
      if (record.capturedAt >= cutoff) break;
      doomed.push(record);
    }
    if (!doomed.length) return count;
    const last = doomed.at(-1)!;
    const newBase = { seq: last.seq, hash: last.hash };
    const draft = { type: 'deletion' as const, at: now.toISOString(), agent, fromSeq: doomed[0]!.seq, toSeq: last.seq, count: doomed.length, base: newBase };
    await withEvent(draft, [db.captures, db.captureImages, db.captureThumbs], async () => {
      const current = (await readLink(CHAIN_BASE_KEY)) ?? GENESIS;
      if (current.seq !== base.seq) throw new Error(t('problem.retention.archiveChanged'));
      const ids = doomed.map((r) => r.id);
      await db.captures.bulkDelete(ids);
      await db.captureImages.where('captureId').anyOf(ids).delete();
      await db.captureThumbs.bulkDelete(ids);
      await db.meta.put({ key: CHAIN_BASE_KEY, value: newBase });
    });
    count += doomed.length;
    if (doomed.length < oldest.length || oldest.length < BATCH) return count;
  }
}

/** The captures, by chain head, that a retention run would leave (for the settings preview). */
export async function retentionPreview(policy: RetentionPolicy, now = new Date()): Promise<{ redactDue: number; deleteDue: number; head: number }> {
  const state = ((await db.meta.get(RETENTION_STATE_KEY))?.value as RetentionState | undefined) ?? { redactedBefore: '', eventSeq: 0 };
  const redactCutoff = new Date(now.getTime() - policy.redactAfterDays * DAY).toISOString();
  const redactDue = await db.captures.where('capturedAt').between(state.redactedBefore, redactCutoff, true, false).count();
  const deleteDue = policy.deleteAfterDays
    ? await db.captures.where('capturedAt').below(new Date(now.getTime() - policy.deleteAfterDays * DAY).toISOString()).count()
    : 0;
  const head = (await readLink(CHAIN_HEAD_KEY))?.seq ?? 0;
  return { redactDue, deleteDue, head };
}
