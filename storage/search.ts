import { isEmptyQuery, parseSearchQuery, type SearchQuery } from '../rules/search-query';
import type { CaptureRecord } from './capture-schema';
import { db } from './db';
import { captureIdTime } from '../rules/capture-id';
import { CHAIN_BASE_KEY, CHAIN_HEAD_KEY, GENESIS, readLink } from './chain';
import { readStopTerms } from './search-stop-terms';
import { criteriaOf, dateWindow, tableStream, type Criterion, type IdStream } from './search-criteria';

/**
 * Archive search over the persistent multiEntry index `captures.*tokens` (plus the
 * `orderId` and `kind` indexes), newest captures first, never reading the whole table.
 *
 * Plan (each step measured in Chromium at 100,000 captures, tests/bench/archive.bench-run.ts:
 * reading one index entry costs about as much as the next, so the plan bounds how many are read):
 * 1. Each condition is *probed*: at most PROBE+1 of its newest ids are read. One with ≤ PROBE
 *    ids is *complete*: those ids are its whole answer.
 * 2. Complete conditions are intersected; the ids, sorted, are the candidates (capture ids
 *    sort newest first, rules/capture-id.ts).
 * 3. Otherwise the sparsest condition that can be streamed (whose probe spans the longest
 *    time) is read on, newest first, in growing windows; with none, the table within the date
 *    range is. A date range bounds every stream, since it is a range of ids.
 * 4. Candidates are loaded a page at a time and every other condition is checked on the
 *    record, until `limit` matches are found or `budget` records were looked at.
 * Image bytes are never read (they live in captureImages).
 */

/** What a result row shows; the page text and structured data stay in the record. */
export interface CaptureSummary {
  id: string;
  seq: number;
  capturedAt: string;
  kind: CaptureRecord['kind'];
  orderId: string | null;
  buyerName: string | null;
  marketplace: string | null;
  title: string;
  url: string;
  tags: string[];
  note: string;
  screenshot: CaptureRecord['screenshot'];
  /** First screenshot's image id (for the thumbnail), if any. */
  imageId: string | null;
  hash: string;
}

export interface ArchiveSearchResult {
  items: CaptureSummary[];
  /** More matches exist beyond `limit`. */
  more: boolean;
  /** The search stopped at its budget: older captures may match too (narrow the search). */
  partial: boolean;
  /** Exact number of matches when known cheaply, else null. */
  total: number | null;
  /** Filters that could not be understood (from the query parser). */
  errors: string[];
}

export interface SearchOptions {
  /** Matches to return (default 50). */
  limit?: number;
  /** Most records to load and check before giving up on older ones (default 3,000). */
  budget?: number;
  /** Ids a condition may have and still be listed whole (default PROBE; tests lower it). */
  cap?: number;
}

/** Ids a condition may have and still be listed whole (probe size). */
export const PROBE = 200;
const PAGE = 40;
export function summarize(record: CaptureRecord): CaptureSummary {
  return {
    id: record.id,
    seq: record.seq,
    capturedAt: record.capturedAt,
    kind: record.kind,
    orderId: record.orderId,
    buyerName: record.buyerName,
    marketplace: record.marketplace,
    title: record.title,
    url: record.url,
    tags: record.tags,
    note: record.note,
    screenshot: record.screenshot,
    imageId: record.images[0]?.id ?? null,
    hash: record.hash,
  };
}

/**
 * Search the archive with what the agent typed (see rules/search-query.ts for the syntax).
 * An empty query lists the newest captures.
 * @example await searchArchive('beschadigt kind:thread', { limit: 20 })
 */
export async function searchArchive(input: string | SearchQuery, options: SearchOptions = {}): Promise<ArchiveSearchResult> {
  const query = typeof input === 'string' ? parseSearchQuery(input) : input;
  const limit = options.limit ?? 50;
  const budget = Math.max(options.budget ?? 3000, limit);
  const probeSize = options.cap ?? PROBE;
  if (isEmptyQuery(query)) return newest(limit, query.errors);
  const window = dateWindow(query);
  const criteria = await criteriaOf(query, window, await readStopTerms());
  const probes: { criterion: Criterion; ids: string[]; complete: boolean }[] = [];
  await Promise.all(
    criteria.map(async (criterion) => {
      const probe = await criterion.probe?.(probeSize + 1);
      if (probe) probes.push({ criterion, ...probe });
    }),
  );
  const complete = probes.filter((p) => p.complete).sort((a, b) => a.ids.length - b.ids.length);

  if (complete.length) {
    let ids = [...new Set(complete[0]!.ids)];
    for (const other of complete.slice(1)) {
      const set = new Set(other.ids);
      ids = ids.filter((id) => set.has(id));
    }
    ids.sort(); // newest first: ids sort by capture time, newest lowest
    const rest = criteria.filter((c) => !complete.some((k) => k.criterion === c));
    const found = await confirm(ids, rest, limit, budget);
    return { ...found, total: rest.length ? null : ids.length, errors: query.errors };
  }

  // No condition is rare enough to list: stream the sparsest one (its first window spans the
  // longest time), or walk the table (within the date range) newest first.
  const streams = probes.filter((p) => p.criterion.stream).sort((a, b) => span(b.ids) - span(a.ids));
  const driver = streams[0];
  const rest = criteria.filter((c) => c !== driver?.criterion);
  const found = await confirmStream(driver?.criterion.stream ?? tableStream(window), driver?.ids ?? null, rest, limit, budget, probeSize);
  return { ...found, total: null, errors: query.errors };
}

/** Milliseconds between the newest and the oldest of newest-first ids (0 if unknown). */
function span(ids: string[]): number {
  const [newest, oldest] = [captureIdTime(ids[0] ?? ''), captureIdTime(ids.at(-1) ?? '')];
  return newest && oldest ? newest.getTime() - oldest.getTime() : 0;
}

async function newest(limit: number, errors: string[]): Promise<ArchiveSearchResult> {
  // Counting a large IndexedDB table walks it; the chain says how many captures there are.
  const [ids, head, base] = await Promise.all([tableStream({ lower: null, upper: null }).next(limit + 1), readLink(CHAIN_HEAD_KEY), readLink(CHAIN_BASE_KEY)]);
  const records = (await db.captures.bulkGet(ids.slice(0, limit))).filter((r): r is CaptureRecord => !!r);
  const total = head ? head.seq - (base ?? GENESIS).seq : records.length;
  return { items: records.map(summarize), more: ids.length > limit, partial: false, total, errors };
}

interface Found {
  items: CaptureSummary[];
  more: boolean;
  partial: boolean;
}

/** Load `ids` (newest first) a page at a time and keep those meeting every criterion. */
async function confirm(ids: string[], criteria: Criterion[], limit: number, budget: number): Promise<Found> {
  const items: CaptureSummary[] = [];
  let looked = 0;
  for (let start = 0; start < ids.length; ) {
    if (looked >= budget) return { items, more: true, partial: true };
    // Without other conditions every candidate matches: load just what is shown.
    const size = criteria.length ? PAGE : limit + 1 - items.length;
    const page = ids.slice(start, start + size);
    start += page.length;
    looked += page.length;
    for (const record of await db.captures.bulkGet(page)) {
      if (!record || !criteria.every((c) => c.test(record))) continue;
      if (items.length === limit) return { items, more: true, partial: false };
      items.push(summarize(record));
    }
  }
  return { items, more: false, partial: false };
}

/** Read a stream newest first in growing windows, checking the other conditions on each record. */
async function confirmStream(driver: IdStream, first: string[] | null, criteria: Criterion[], limit: number, budget: number, probeSize: number): Promise<Found> {
  let batch = first ?? (await driver.next(PAGE));
  let window = Math.max(batch.length, PAGE);
  let looked = 0;
  const items: CaptureSummary[] = [];
  while (batch.length) {
    for (let start = 0; start < batch.length; start += PAGE) {
      if (looked >= budget) return { items, more: true, partial: true };
      const page = batch.slice(start, start + PAGE);
      looked += page.length;
      for (const record of await db.captures.bulkGet(page)) {
        if (!record || !criteria.every((c) => c.test(record))) continue;
        if (items.length === limit) return { items, more: true, partial: false };
        items.push(summarize(record));
      }
    }
    window = Math.min(window * 2, 10 * probeSize);
    batch = await driver.next(window);
  }
  return { items, more: false, partial: false };
}
