import { captureIdTime } from '../../rules/capture/capture-id';
import type { CaptureRecord } from '../capture/capture-schema';
import { DATE_LABEL, tableStream, type Criterion } from './search-criteria';
import { joinStreams, streamCandidates, type Candidates } from './search-join';
import { readCaptures, readTableEnds, type IdWindow } from './search-reads';

/**
 * How a search finds its matches (storage/archive/search.ts explains the plan; the numbers below were
 * measured in Chromium at 100,000 captures: an index id costs about 25 µs to read, a record
 * about 125 µs).
 */

/** Ids a condition may have and still be listed whole at first sight. */
export const PROBE = 200;
/** A condition estimated to have at most this many ids is read whole before anything else. */
const DEEP = 2000;
/**
 * The same for a search of one condition: its stream already gives the matches newest first,
 * so reading it whole only makes the count exact, and is worth it only while cheap.
 */
const DEEP_ALONE = 500;
/** Ids read side by side from several streams, per record of the budget (an id costs a fifth of a record). */
const JOIN_KEYS_PER_RECORD = 2;
const PAGE = 40;

export interface Plan {
  /** How the candidates are found (for the benchmark's phase timings). */
  kind: 'listed' | 'deepened' | 'joined' | 'streamed' | 'table';
  /** Milliseconds spent probing and planning. */
  plannedIn: number;
  /** Candidate ids newest first; records are loaded and checked against `check`. */
  candidates: Candidates;
  check: Criterion[];
  /** Exact number of matches when the candidates are exactly the matches. */
  total: number | null;
}

interface Probed {
  criterion: Criterion;
  ids: string[];
  complete: boolean;
  ordered: string[] | null;
}

/** Milliseconds between the newest and the oldest of newest-first ids (0 if unknown). */
function span(ids: readonly string[]): number {
  const [newest, oldest] = [captureIdTime(ids[0] ?? ''), captureIdTime(ids.at(-1) ?? '')];
  return newest && oldest ? newest.getTime() - oldest.getTime() : 0;
}

/**
 * A condition whose newest ids span enough time to look rare (estimated from the archive's
 * time span) is read whole, up to DEEP ids: cheaper than checking candidates one by one.
 */
async function deepen(probes: Probed[], probeSize: number, alone: boolean, tableEnds: Promise<[string, string] | null>): Promise<Probed | null> {
  const deep = Math.round((alone ? DEEP_ALONE : DEEP) * (probeSize / PROBE));
  const ordered = probes.filter((p) => p.ordered && span(p.ordered) > 0);
  if (!ordered.length) return null;
  const ends = await tableEnds;
  const archiveSpan = ends ? span(ends) : 0;
  const best = ordered.map((p) => ({ p, estimate: (p.ordered!.length * archiveSpan) / span(p.ordered!) })).sort((a, b) => a.estimate - b.estimate)[0]!;
  if (best.estimate > deep) return null;
  const { criterion } = best.p;
  if (criterion.stream) {
    const ids = [...best.p.ids, ...(await criterion.stream.next(deep + 1 - best.p.ids.length))];
    return ids.length <= deep ? { ...best.p, ids, complete: true } : null;
  }
  const whole = await criterion.probe!(deep + 1);
  return whole.complete ? { criterion, ...whole } : null;
}

/** Plan a search over `criteria` (all must hold). */
export async function planSearch(criteria: Criterion[], window: IdWindow, probeSize: number, budget: number, limit: number): Promise<Plan> {
  const start = performance.now();
  const plan = await choosePlan(criteria, window, probeSize, budget, limit);
  return { ...plan, plannedIn: performance.now() - start };
}

async function choosePlan(criteria: Criterion[], window: IdWindow, probeSize: number, budget: number, limit: number): Promise<Omit<Plan, 'plannedIn'>> {
  const alone = criteria.length === 1;
  // A lone condition's first `limit` ids are already the matches to show: probe no further
  // (each index id read is a lookup in Chromium's IndexedDB, slow while its cache is cold).
  const first = alone ? Math.min(probeSize, limit) : probeSize;
  const probes: Probed[] = [];
  // The archive's ends are read beside the probes (two one-id reads): a condition that
  // streams but is not complete needs them to estimate its size.
  const tableEnds = criteria.some((c) => c.stream) ? readTableEnds() : Promise.resolve(null);
  tableEnds.catch(() => undefined); // not awaited when a probe is complete
  await Promise.all(
    criteria.map(async (criterion) => {
      const probe = await criterion.probe?.(first + 1);
      if (probe) probes.push({ criterion, ...probe });
    }),
  );
  let complete = probes.filter((p) => p.complete);
  let kind: Plan['kind'] = 'listed';
  if (!complete.length) {
    const deep = await deepen(probes, probeSize, alone, tableEnds);
    if (deep) [complete, kind] = [[deep], 'deepened'];
  }
  if (complete.length) {
    complete.sort((a, b) => a.ids.length - b.ids.length);
    let ids = [...new Set(complete[0]!.ids)];
    for (const other of complete.slice(1)) {
      const set = new Set(other.ids);
      ids = ids.filter((id) => set.has(id));
    }
    ids.sort(); // ids sort newest first
    const check = criteria.filter((c) => !c.candidatesOnly && !complete.some((k) => k.criterion === c));
    return { kind, candidates: streamCandidates({ stream: { next: async () => [] }, first: ids }), check, total: check.length ? null : ids.length };
  }
  // Nothing is rare enough to list: read every condition that can stream side by side (their
  // common ids are the candidates), or walk the table newest first within the date range.
  // A date range already bounds every other stream; its own (the table's) is only needed alone.
  const bounded = probes.filter((p) => p.criterion.stream && p.criterion.label !== DATE_LABEL);
  const streams = (bounded.length ? bounded : probes.filter((p) => p.criterion.stream)).sort((a, b) => span(b.ids) - span(a.ids));
  const check = criteria.filter((c) => !c.candidatesOnly && !streams.some((s) => s.criterion === c));
  const joinKeys = budget * JOIN_KEYS_PER_RECORD;
  if (streams.length > 1) return { kind: 'joined', candidates: joinStreams(streams.map((s) => ({ stream: s.criterion.stream!, first: s.ids })), joinKeys), check, total: null };
  if (streams.length === 1) return { kind: 'streamed', candidates: streamCandidates({ stream: streams[0]!.criterion.stream!, first: streams[0]!.ids }), check, total: null };
  return { kind: 'table', candidates: streamCandidates({ stream: tableStream(window), first: [] }), check, total: null };
}

export interface Found<T> {
  items: T[];
  more: boolean;
  partial: boolean;
  /** Records loaded and checked. */
  looked: number;
}

/**
 * Load candidates a page at a time (newest first) and keep those meeting every check, until
 * `limit` are found, `budget` records were looked at, or the candidates end.
 */
export async function confirmCandidates<T>(plan: Plan, limit: number, budget: number, map: (record: CaptureRecord) => T): Promise<Found<T>> {
  const items: T[] = [];
  let looked = 0;
  let page: string[] = [];
  // Without checks every candidate matches: load just what is shown.
  const size = plan.check.length ? PAGE : limit + 1;
  const flush = async (): Promise<Found<T> | null> => {
    const before = looked;
    looked += page.length;
    // When the matches so far say the limit (and the one match more that sets `more`) is
    // near, load only about what should reach it, then the rest of the page if it did not.
    const needed = limit + 1 - items.length;
    const first = items.length ? Math.ceil((needed * before * 1.5) / items.length) : page.length;
    for (const part of first < page.length ? [page.slice(0, first), page.slice(first)] : [page]) {
      for (const record of await readCaptures(part)) {
        if (!record || !plan.check.every((c) => c.test(record))) continue;
        if (items.length === limit) return { items, more: true, partial: false, looked };
        items.push(map(record));
      }
    }
    page = [];
    return looked >= budget ? { items, more: true, partial: true, looked } : null;
  };
  for await (const id of plan.candidates.ids) {
    page.push(id);
    if (page.length < size) continue;
    const done = await flush();
    if (done) return done;
  }
  const done = page.length ? await flush() : null;
  if (done) return done;
  return { items, more: plan.candidates.cut(), partial: plan.candidates.cut(), looked };
}
