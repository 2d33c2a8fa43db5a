import { isEmptyQuery, parseSearchQuery, type SearchQuery } from '../../rules/search/search-query';
import type { CaptureRecord } from '../capture/capture-schema';
import { CHAIN_BASE_KEY, CHAIN_HEAD_KEY, GENESIS, readLink } from '../chain/chain-link';
import { db } from '../db';
import { criteriaOf, dateWindow, tableStream } from './search-criteria';
import { confirmCandidates, planSearch, PROBE } from './search-plan';
import { readStopTerms, stopTermsReadBefore } from './stop-terms';

/**
 * Archive search over the persistent multiEntry index `captures.*tokens` (plus the
 * `orderId` and `kind` indexes), newest captures first, never reading the whole table.
 *
 * Plan (storage/archive/search-plan.ts; measured in Chromium at 100,000 captures,
 * tests/bench/archive.bench-run.ts, where an index id costs about 25 µs and a record 125 µs):
 * 1. Each condition is *probed*: at most PROBE+1 of its newest ids are read (limit+1 when it is
 *    the only one). One with no more ids than that is *complete*: those ids are its whole answer.
 * 2. If none is, the condition whose newest ids span the most time, when that predicts at
 *    most DEEP ids in the archive (DEEP_ALONE in a one-condition search, whose stream already
 *    is its answer), is read whole.
 *    An `order:` prefix standing for too many ids to stream is streamed through the index
 *    term of its longest complete segment (`302-` → `302`), and checked on each record.
 * 3. Complete conditions are intersected; the ids, sorted, are the candidates (capture ids
 *    sort newest first, rules/capture/capture-id.ts).
 * 4. Otherwise the conditions that can stream are read side by side, ids only, and their
 *    common ids are the candidates (one stream alone is read on; with none, the table within
 *    the date range is walked). A date range bounds every stream: it is a range of ids.
 * 5. Candidates are loaded a page at a time and the remaining conditions checked on the
 *    record, until `limit` matches are found or `budget` records were looked at (then the
 *    result says `partial`, and the popup offers to search further back).
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

interface SearchOptions {
  /** Matches to return (default 50). */
  limit?: number;
  /** Most records to load and check before giving up on older ones (default 600: the popup offers "search further back"). */
  budget?: number;
  /** Ids a condition may have and still be listed whole (default PROBE; tests lower it). */
  cap?: number;
}

/** Records a search loads and checks at most, unless asked for more. */
export const DEFAULT_BUDGET = 600;
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
 * Search the archive with what the agent typed (see rules/search/search-query.ts for the syntax).
 * An empty query lists the newest captures.
 * @example await searchArchive('beschadigt kind:thread', { limit: 20 })
 */
export async function searchArchive(input: string | SearchQuery, options: SearchOptions = {}): Promise<ArchiveSearchResult> {
  const query = typeof input === 'string' ? parseSearchQuery(input) : input;
  const limit = options.limit ?? 50;
  const budget = Math.max(options.budget ?? DEFAULT_BUDGET, limit);
  if (isEmptyQuery(query)) return newest(limit, query.errors);
  const window = dateWindow(query);
  const start = performance.now();
  const criteria = await criteriaOf(query, window, readStopTerms(), stopTermsReadBefore());
  const planned = performance.now();
  const plan = await planSearch(criteria, window, options.cap ?? PROBE, budget, limit);
  const found = await confirmCandidates(plan, limit, budget, summarize);
  // Phase timings for the benchmark and DevTools (performance entries stay in this page).
  performance.measure('archive-search-phases', { start, end: performance.now(), detail: { criteria: planned - start, plan: plan.plannedIn, kind: plan.kind, looked: found.looked } });
  return { ...found, total: found.partial || found.more ? plan.total : (plan.total ?? found.items.length), errors: query.errors };
}

async function newest(limit: number, errors: string[]): Promise<ArchiveSearchResult> {
  // Counting a large IndexedDB table walks it; the chain says how many captures there are.
  const [ids, head, base] = await Promise.all([tableStream({ lower: null, upper: null }).next(limit + 1), readLink(CHAIN_HEAD_KEY), readLink(CHAIN_BASE_KEY)]);
  const records = (await db.captures.bulkGet(ids.slice(0, limit))).filter((r): r is CaptureRecord => !!r);
  const total = head ? head.seq - (base ?? GENESIS).seq : records.length;
  return { items: records.map(summarize), more: ids.length > limit, partial: false, total, errors };
}
