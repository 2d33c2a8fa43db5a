import { recordHash } from '../chain/capture-chain';
import { CHAIN_BASE_KEY, GENESIS, readLink } from '../chain/chain-link';
import { t } from '../../locales/current';
import { eventsOf, latestRedaction } from '../chain/chain-events';
import type { ChainEvent } from '../chain/chain-event-schema';
import type { CaptureRecord } from './capture-schema';
import { db } from '../db';
import { summarize, type CaptureSummary } from '../archive/search';
import { sha256Hex } from '../chain/sha256';

/** How one capture checks out, in the archive as it is now. */
export type CaptureVerification =
  | { state: 'verified' }
  | { state: 'redacted'; at: string }
  | { state: 'altered'; reason: string };

export interface CaptureDetail {
  record: CaptureRecord;
  verification: CaptureVerification;
  /** Retention redactions and restores that concern this capture. */
  events: ChainEvent[];
  /** Every capture of the same order (this one included), oldest first. */
  timeline: CaptureSummary[];
}

/**
 * Check one capture: its content against its hash (or a recorded redaction), its link to the
 * capture before it, and its screenshots' SHA-256. Cheap enough to run when the detail opens.
 */
async function verifyCapture(record: CaptureRecord, events: readonly ChainEvent[]): Promise<CaptureVerification> {
  const computed = await recordHash(record);
  const redaction = latestRedaction(events, record.id);
  const redactionEvent = redaction ? events.find((e) => e.type === 'redaction' && e.entries.includes(redaction)) : undefined;
  const redacted = redaction && redaction.captureHash === record.hash && redaction.redactedHash === computed;
  if (computed !== record.hash && !redacted) return { state: 'altered', reason: t('problem.detail.changed') };
  const previous = await db.captures.where('seq').equals(record.seq - 1).first();
  const base = (await readLink(CHAIN_BASE_KEY)) ?? GENESIS;
  const prevHash = previous?.hash ?? (base.seq === record.seq - 1 ? base.hash : null);
  if (prevHash === null) return { state: 'altered', reason: t('problem.detail.prevMissing', { seq: String(record.seq - 1) }) };
  if (prevHash !== record.prevHash) return { state: 'altered', reason: t('problem.detail.noLink', { seq: String(record.seq - 1) }) };
  for (const image of record.images) {
    const png = (await db.captureImages.get(image.id))?.png;
    if (!png) return { state: 'altered', reason: t('problem.detail.imageMissing', { index: String(image.index + 1) }) };
    if ((await sha256Hex(png)) !== image.sha256) return { state: 'altered', reason: t('problem.detail.imageChanged', { index: String(image.index + 1) }) };
  }
  return redacted ? { state: 'redacted', at: redactionEvent?.at ?? '' } : { state: 'verified' };
}

/** A capture with its verification, archive events and the order's timeline; null if gone. */
export async function loadCaptureDetail(id: string): Promise<CaptureDetail | null> {
  const record = await db.captures.get(id);
  if (!record) return null;
  const events = await eventsOf(id);
  const [verification, sameOrder] = await Promise.all([
    verifyCapture(record, events),
    record.orderId ? db.captures.where('orderId').equals(record.orderId).toArray() : Promise.resolve([record]),
  ]);
  const timeline = sameOrder.sort((a, b) => (a.capturedAt < b.capturedAt ? -1 : a.capturedAt > b.capturedAt ? 1 : a.seq - b.seq)).map(summarize);
  return { record, verification, events, timeline };
}
