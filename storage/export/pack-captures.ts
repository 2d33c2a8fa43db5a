import { recordHash } from '../chain/capture-chain';
import type { ChainEvent } from '../chain/chain-event-schema';
import { redactionLookup } from '../chain/chain-events';
import type { CaptureRecord } from '../capture/capture-schema';
import { db } from '../db';
import type { ExportedCapture } from './manifest-schema';

/** What an evidence pack holds: everything, one order, or a set of search results. */
export type ExportScope = { type: 'all' } | { type: 'order'; orderId: string } | { type: 'search'; query: string; ids: string[] };

const PAGE = 50;

/** The ids of the captures in `scope`, in chain order. */
export async function scopeIds(scope: ExportScope): Promise<string[]> {
  if (scope.type === 'all') return (await db.captures.orderBy('seq').primaryKeys()) as string[];
  if (scope.type === 'order') return (await db.captures.where('orderId').equals(scope.orderId).sortBy('seq')).map((r) => r.id);
  const pairs: [string, number][] = [];
  for (const page of pages(scope.ids)) {
    for (const record of await db.captures.bulkGet(page)) if (record) pairs.push([record.id, record.seq]);
  }
  return pairs.sort((a, b) => a[1] - b[1]).map(([id]) => id);
}

/** `items` in slices of `size`. */
export function* pages<T>(items: readonly T[], size = PAGE): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** Records of `ids`, a page at a time, in the order given (missing ones skipped). */
export async function* recordsOf(ids: readonly string[]): AsyncGenerator<CaptureRecord> {
  for (const page of pages(ids)) {
    for (const record of await db.captures.bulkGet(page)) if (record) yield record;
  }
}

/** Each record of `ids` in the order given, or undefined where one is missing, read a page at a time. */
export async function* recordsAligned(ids: readonly string[]): AsyncGenerator<CaptureRecord | undefined> {
  for (const page of pages(ids)) yield* await db.captures.bulkGet(page);
}

/** A capture with the PNG Blob of each of its screenshots (undefined where a screenshot row is missing). */
export interface CaptureWithPngs {
  record: CaptureRecord;
  pngs: (Blob | undefined)[];
}

/** Records of `ids` (as `recordsOf`) with their screenshots' Blobs, both read a page at a time. */
export async function* recordsWithPngs(ids: readonly string[]): AsyncGenerator<CaptureWithPngs> {
  for (const page of pages(ids)) {
    const records = (await db.captures.bulkGet(page)).filter((r): r is CaptureRecord => !!r);
    const rows = await db.captureImages.bulkGet(records.flatMap((r) => r.images.map((image) => image.id)));
    const pngOf = new Map(rows.flatMap((row) => (row ? [[row.id, row.png] as const] : [])));
    for (const record of records) yield { record, pngs: record.images.map((image) => pngOf.get(image.id)) };
  }
}

/** Chain events that concern the exported captures, plus every deletion (they explain the chain base). */
export async function eventsFor(ids: readonly string[]): Promise<ChainEvent[]> {
  const bySeq = new Map<number, ChainEvent>();
  for (const page of pages(ids, 500)) {
    for (const event of await db.chainEvents.where('captureIds').anyOf(page).toArray()) bySeq.set(event.seq, event);
  }
  for (const event of await db.chainEvents.where('type').equals('deletion').toArray()) bySeq.set(event.seq, event);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** Checks a capture's content against its hash, accepting redactions recorded in `events`. */
export async function statusChecker(events: readonly ChainEvent[]): Promise<(record: CaptureRecord) => Promise<ExportedCapture['status']>> {
  const redacted = await redactionLookup(events);
  return async (record) => {
    const computed = await recordHash(record);
    if (computed === record.hash) return 'intact';
    return computed === redacted(record) ? 'redacted' : 'altered';
  };
}

/** `screenshots/000123_112-4837261-5938217_1.png` */
export function screenshotPath(record: Pick<CaptureRecord, 'seq' | 'orderId' | 'kind'>, index: number): string {
  return `screenshots/${String(record.seq).padStart(6, '0')}_${record.orderId ?? record.kind}_${index + 1}.png`;
}

/** The record as a pack carries it: without the derived search tokens. */
export function packRecord(record: CaptureRecord): Omit<CaptureRecord, 'tokens'> {
  const { tokens: _tokens, ...rest } = record;
  return rest;
}
