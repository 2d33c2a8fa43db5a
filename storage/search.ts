import { isEmptyQuery, parseSearchQuery, type SearchQuery } from '../rules/search-query';
import type { CaptureRecord } from './capture-schema';
import { db } from './db';
import { criteriaOf, type Criterion } from './search-criteria';
import { readKeysBelow, readKeysDesc } from './search-reads';

/**
 * Archive search over the persistent multiEntry index `captures.*tokens` (plus the
 * `orderId`, `kind` and `capturedAt` indexes), newest captures first.
 *
 * Plan (measured in Chromium at 100,000 captures, see tests/bench/archive.bench-run.ts):
 * 1. Each condition reads at most CAP+1 ids from its index. One that has ≤ CAP ids is
 *    *complete*: its ids are the whole answer for it.
 * 2. Complete conditions are intersected; their ids, sorted descending, are the candidates
 *    (capture ids are UUIDv7, so id order is capture-time order).
 * 3. With no complete condition, the sparsest single-key condition (e.g. a common word, a
 *    page kind) is streamed newest-first in growing windows; with none of those either (only
 *    very broad prefixes), the table itself is walked newest-first.
 * 4. Candidates are loaded a page at a time and every other condition is checked on the
 *    record, until `limit` matches are found or `budget` records were looked at.
 * No step reads the whole table; image bytes are never read (they live in captureImages).
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
  /** Ids per condition before it counts as too common to list (default CAP; tests lower it). */
  cap?: number;
}

/** Ids one condition may return before it counts as too common to list (not complete). */
export const CAP = 1000;
const PAGE = 60;

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
  const cap = options.cap ?? CAP;
  const criteria = criteriaOf(query);
  if (isEmptyQuery(query)) return newest(limit, query.errors);

  const complete: { criterion: Criterion; ids: string[] }[] = [];
  const streams: { criterion: Criterion; first: string[] }[] = [];
  await Promise.all(
    criteria.map(async (criterion) => {
      const ids = await readKeysDesc(criterion.source, cap + 1);
      if (ids.length <= cap) complete.push({ criterion, ids });
      else if (criterion.key !== null) streams.push({ criterion, first: ids });
    }),
  );

  if (complete.length) {
    complete.sort((a, b) => a.ids.length - b.ids.length);
    let ids = [...new Set(complete[0]!.ids)];
    for (const other of complete.slice(1)) {
      const set = new Set(other.ids);
      ids = ids.filter((id) => set.has(id));
    }
    ids.sort().reverse();
    const rest = criteria.filter((c) => !complete.some((k) => k.criterion === c));
    const found = await confirm(ids, rest, limit, budget);
    return { ...found, total: rest.length ? null : ids.length, errors: query.errors };
  }

  // No condition is rare enough to list: stream the sparsest one whose ids come in time order
  // (its CAP-th newest id is the oldest), or walk the whole table newest first.
  streams.sort((a, b) => (a.first.at(-1)! < b.first.at(-1)! ? -1 : 1));
  const driver = streams[0];
  const rest = criteria.filter((c) => c !== driver?.criterion);
  const found = await confirmStream(driver ? driver.criterion : null, driver?.first ?? null, rest, limit, budget, cap);
  return { ...found, total: null, errors: query.errors };
}

async function newest(limit: number, errors: string[]): Promise<ArchiveSearchResult> {
  const [records, total] = await Promise.all([db.captures.orderBy('capturedAt').reverse().limit(limit + 1).toArray(), db.captures.count()]);
  return { items: records.slice(0, limit).map(summarize), more: records.length > limit, partial: false, total, errors };
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
  for (let start = 0; start < ids.length; start += PAGE) {
    if (looked >= budget) return { items, more: true, partial: true };
    const page = ids.slice(start, start + PAGE);
    looked += page.length;
    for (const record of await db.captures.bulkGet(page)) {
      if (!record || !criteria.every((c) => c.test(record))) continue;
      if (items.length === limit) return { items, more: true, partial: false };
      items.push(summarize(record));
    }
  }
  return { items, more: false, partial: false };
}

/** Stream a condition's ids (or the table's) newest first, checking the other conditions. */
async function confirmStream(driver: Criterion | null, first: string[] | null, criteria: Criterion[], limit: number, budget: number, cap: number): Promise<Found> {
  const items: CaptureSummary[] = [];
  let batch = first ?? (await readKeysDesc({ index: null, range: null }, PAGE));
  let window = Math.max(batch.length, PAGE);
  let looked = 0;
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
    window = Math.min(window * 2, 4 * cap);
    const below = batch.at(-1)!;
    batch = driver
      ? await readKeysBelow(driver.source, driver.key, below, window)
      : await readKeysBelow({ index: null, range: null }, null, below, window);
  }
  return { items, more: false, partial: false };
}
