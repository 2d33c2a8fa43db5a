import { captureIdAtOrAfter } from '../rules/capture-id';
import type { SearchQuery } from '../rules/search-query';
import { captureTerms } from '../rules/capture-terms';
import type { CaptureRecord } from './capture-schema';
import { distinctKeys, readIndexRange, readKeyDesc, readTableDesc, type CaptureIndex, type IdWindow } from './search-reads';

/**
 * The conditions of a search. Each can be checked on a loaded record (`test`) and read from
 * an index. Most can be read as a *stream*: their capture ids, newest first, a window at a
 * time (one index key, a few keys a prefix stands for merged, or the table within a date
 * range). A prefix that stands for too many words cannot; it is only probed and checked.
 */
export interface IdStream {
  /** Up to `count` ids strictly older than `below` (from the newest when null); fewer = no more. */
  read(below: string | null, count: number): Promise<string[]>;
}

export interface Criterion {
  label: string;
  test: (record: CaptureRecord) => boolean;
  stream: IdStream | null;
  /** Up to `count` of its ids (newest first when it has a stream); null when the index cannot answer it. */
  probe: ((count: number) => Promise<string[]>) | null;
}

/** Full terms of a record (stop terms included), computed once per loaded record. */
const fullTermsOf = new WeakMap<CaptureRecord, string[]>();
function fullTerms(record: CaptureRecord): string[] {
  let terms = fullTermsOf.get(record);
  if (!terms) fullTermsOf.set(record, (terms = captureTerms(record)));
  return terms;
}

/**
 * A word the index leaves out (a stop term, or a prefix of one): checked on each record's
 * full terms; common by definition, so walking the newest captures finds matches quickly.
 */
function unindexedCriterion(label: string, term: string, prefix: boolean): Criterion {
  return { label, stream: null, probe: null, test: (r) => fullTerms(r).some((t) => (prefix ? t.startsWith(term) : t === term)) };
}

/** A prefix standing for more words than this is probed, not streamed. */
export const MAX_EXPANSION = 12;

const keyStream = (index: CaptureIndex, key: string, window: IdWindow): IdStream => ({
  read: (below, count) => readKeyDesc(index, key, below, window, count),
});

export const tableStream = (window: IdWindow): IdStream => ({ read: (below, count) => readTableDesc(below, window, count) });

/** Several streams as one: merged newest first, without duplicates. */
function unionStream(streams: IdStream[]): IdStream {
  if (streams.length === 1) return streams[0]!;
  return {
    async read(below, count) {
      const lists = await Promise.all(streams.map((s) => s.read(below, count)));
      return [...new Set(lists.flat())].sort().reverse().slice(0, count);
    },
  };
}

const inWindow = (window: IdWindow) => (id: string) => (window.lower === null || id >= window.lower) && (window.upper === null || id < window.upper);

/** A prefix over one index: a merged stream of the words it stands for, or a bare probe. */
async function prefixCriterion(label: string, index: CaptureIndex, prefix: string, window: IdWindow, test: Criterion['test']): Promise<Criterion> {
  const keys = await distinctKeys(index, prefix, MAX_EXPANSION);
  if (keys.length <= MAX_EXPANSION) {
    const stream = unionStream(keys.map((key) => keyStream(index, key, window)));
    return { label, test, stream: keys.length ? stream : { read: async () => [] }, probe: (count) => stream.read(null, count) };
  }
  const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
  return {
    label,
    test,
    stream: null,
    // Ids in index order; "complete" is judged on the unfiltered count, so the window filter comes after.
    probe: async (count) => {
      const ids = await readIndexRange(index, range, count);
      return ids.length < count ? ids.filter(inWindow(window)) : ids;
    },
  };
}

/** The ids of captures taken in [from, to) (capture ids are time-ordered). */
export function dateWindow(query: SearchQuery): IdWindow {
  return { lower: query.from ? captureIdAtOrAfter(query.from) : null, upper: query.to ? captureIdAtOrAfter(query.to) : null };
}

/** The conditions of a parsed query; all must hold. `stop` are the archive's stop terms. */
export async function criteriaOf(query: SearchQuery, window: IdWindow, stop: ReadonlySet<string>): Promise<Criterion[]> {
  const pending: Promise<Criterion>[] = [];
  for (const { term, prefix } of query.terms) {
    const unindexed = prefix ? [...stop].some((s) => s.startsWith(term)) : stop.has(term);
    if (unindexed) pending.push(Promise.resolve(unindexedCriterion(prefix ? `${term}*` : term, term, prefix)));
    else if (prefix) pending.push(prefixCriterion(`${term}*`, 'tokens', term, window, (r) => r.tokens.some((t) => t.startsWith(term))));
    else {
      const stream = keyStream('tokens', term, window);
      pending.push(Promise.resolve({ label: term, test: (r: CaptureRecord) => r.tokens.includes(term), stream, probe: (count: number) => stream.read(null, count) }));
    }
  }
  const orderId = query.orderId;
  if (orderId) pending.push(prefixCriterion(`order:${orderId}`, 'orderId', orderId, window, (r) => (r.orderId ?? '').startsWith(orderId)));
  if (query.kinds.length) {
    const kinds = query.kinds;
    const stream = unionStream(kinds.map((kind) => keyStream('kind', kind, window)));
    pending.push(Promise.resolve({ label: `kind:${kinds.join(',')}`, test: (r: CaptureRecord) => kinds.includes(r.kind), stream, probe: (count: number) => stream.read(null, count) }));
  }
  if (query.from || query.to) {
    const [from, to] = [query.from ? Date.parse(query.from) : -Infinity, query.to ? Date.parse(query.to) : Infinity];
    const stream = tableStream(window);
    pending.push(
      Promise.resolve({
        label: 'date',
        test: (r: CaptureRecord) => {
          const at = Date.parse(r.capturedAt);
          return at >= from && at < to;
        },
        stream,
        probe: (count: number) => stream.read(null, count),
      }),
    );
  }
  return Promise.all(pending);
}
