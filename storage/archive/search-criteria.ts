import { captureIdBoundary } from '../../rules/capture/capture-id';
import { captureTerms, captureText, MAX_TERMS_PER_CAPTURE } from '../../rules/search/capture-terms';
import type { SearchQuery } from '../../rules/search/search-query';
import { MAX_TERM_LENGTH, searchableText, tokenize } from '../../rules/search/search-tokens';
import type { CaptureRecord } from '../capture/capture-schema';
import { distinctKeys, readIndex, readIndexFrom, readTable, type CaptureIndex, type IdWindow } from './search-reads';

/**
 * The conditions of a search. Each can be checked on a loaded record (`test`) and *probed*
 * from an index (its first ids; `complete` when that is all of them). Most can also be read
 * as a *stream*: their ids newest first, a window at a time (one index key, the few keys a
 * prefix stands for merged, or the table within a date range).
 */
export interface IdStream {
  /** The next up to `count` ids, newest first; fewer means there are no more. */
  next(count: number): Promise<string[]>;
}

interface Probe {
  ids: string[];
  complete: boolean;
  /** The ids as read, newest first, when they are one sequence (for estimating how many there are). */
  ordered: string[] | null;
}

export interface Criterion {
  label: string;
  test: (record: CaptureRecord) => boolean;
  /** Set when the condition can drive a search newest first; its probe is its first window. */
  stream: IdStream | null;
  /** Its first `count` ids; null when the index cannot answer it (a stop term). */
  probe: ((count: number) => Promise<Probe>) | null;
  /** Its ids are a superset of the matches, known to another condition: it narrows the candidates and is never checked. */
  candidatesOnly?: true;
}

/** A prefix standing for more words than this is probed, not streamed. */
const MAX_EXPANSION = 12;

/**
 * One index key's ids, newest first, inside a date window. Without a `to:` side it reads
 * from the key's start (re-reading what it read before: a forward read is cheaper than a
 * seek until a thousand or so ids); with one, it seeks past the newer ids.
 */
class KeyStream implements IdStream {
  private read = 0;
  private last: string | null = null;
  done = false;
  constructor(
    private readonly index: CaptureIndex,
    private readonly key: string,
    private readonly window: IdWindow,
  ) {}

  async next(count: number): Promise<string[]> {
    if (this.done || count <= 0) return [];
    let fresh: string[];
    if (this.window.lower === null) {
      const want = this.read + count;
      const ids = await readIndex(this.index, IDBKeyRange.only(this.key), want);
      fresh = ids.slice(this.read);
      this.read = ids.length;
      if (ids.length < want) this.done = true;
    } else {
      fresh = await readIndexFrom(this.index, this.key, this.last ?? this.window.lower, this.last === null, count);
      if (fresh.length < count) this.done = true;
    }
    const upper = this.window.upper;
    const end = upper === null ? -1 : fresh.findIndex((id) => id >= upper);
    if (end >= 0) [this.done, fresh] = [true, fresh.slice(0, end)];
    this.last = fresh.at(-1) ?? this.last;
    return fresh;
  }
}

/** Several key streams as one: merged newest first, without duplicates. */
class UnionStream implements IdStream {
  private readonly buffers: string[][];
  /** Last id handed out: the merge is ascending, so anything not above it is a duplicate. */
  private last: string | null = null;
  constructor(private readonly streams: KeyStream[]) {
    this.buffers = streams.map(() => []);
  }

  async next(count: number): Promise<string[]> {
    await Promise.all(this.streams.map(async (s, i) => this.buffers[i]!.push(...(await s.next(count - this.buffers[i]!.length)))));
    const out: string[] = [];
    while (out.length < count) {
      let best = -1;
      this.buffers.forEach((b, i) => {
        if (b.length && (best < 0 || b[0]! < this.buffers[best]![0]!)) best = i;
      });
      if (best < 0) break;
      const id = this.buffers[best]!.shift()!;
      if (this.last !== null && id <= this.last) continue;
      out.push(id);
      this.last = id;
    }
    return out;
  }
}

/** The table's ids newest first within a date window. */
export function tableStream(window: IdWindow): IdStream {
  let after: string | null = null;
  let done = false;
  return {
    async next(count) {
      if (done) return [];
      const ids = await readTable(after, window, count);
      if (ids.length < count) done = true;
      after = ids.at(-1) ?? after;
      return ids;
    },
  };
}

/** A stream's first window: all of it when it ended early. */
const complete = (ids: string[], count: number): Probe => ({ ids, complete: ids.length < count, ordered: ids });

const inWindow = (window: IdWindow) => (id: string) => (window.lower === null || id >= window.lower) && (window.upper === null || id < window.upper);

/** Full terms of a record (stop terms included), computed once per loaded record. */
const fullTermsOf = new WeakMap<CaptureRecord, string[]>();
function fullTerms(record: CaptureRecord): string[] {
  let terms = fullTermsOf.get(record);
  if (!terms) fullTermsOf.set(record, (terms = captureTerms(record)));
  return terms;
}

/** A record's text folded like its terms, made once per loaded record. */
const haystackOf = new WeakMap<CaptureRecord, string>();
function haystack(record: CaptureRecord): string {
  let text = haystackOf.get(record);
  if (text === undefined) haystackOf.set(record, (text = searchableText(captureText(record))));
  return text;
}

/**
 * Whether one line of a page text has a term that `matches`, tokenising only the lines that
 * hold `term`. No word or CJK run spans a line break (rules/search/search-tokens.ts), so a
 * line's terms are terms of the whole text.
 */
function lineMatches(text: string, term: string, matches: (t: string) => boolean): boolean {
  for (const line of text.split('\n')) if (searchableText(line).includes(term) && tokenize(line).some(matches)) return true;
  return false;
}

/**
 * A word the index leaves out (a stop term, or a prefix of one): checked on each record,
 * first among its indexed tokens (a prefix of a stop term may match a term that is indexed,
 * e.g. `tracking` matches `tracking:1z…`), then as a substring of its folded text (cheap),
 * then among the terms of the page-text lines that hold it, then among its full terms
 * (tokenising the record: the costly part, about 0.2 ms a record).
 *
 * The tokens are the full terms less the stop terms known when they were made (the set only
 * grows, so at most `stopCount` of them), cut at MAX_TERMS_PER_CAPTURE. While tokens and
 * stop terms together stay within that cap, a matching token is a matching full term; while
 * they stay below it, no full term was cut off either, so a matching term of a page-text line
 * is one too. Either way the answer is the same as from the full terms alone.
 */
function unindexedCriterion(label: string, term: string, prefix: boolean, stopCount: number): Criterion {
  const matches = (t: string) => (prefix ? t.startsWith(term) : t === term);
  return {
    label,
    stream: null,
    probe: null,
    test: (r) => {
      const room = MAX_TERMS_PER_CAPTURE - r.tokens.length - stopCount;
      if (room >= 0 && r.tokens.some(matches)) return true;
      if (!haystack(r).includes(term)) return false;
      return (room > 0 && lineMatches(r.text, term, matches)) || fullTerms(r).some(matches);
    },
  };
}

/**
 * Index keys as a condition: streamed when few, else probed as a range. A prefix's keys are
 * read here unless the caller already asked for them (`words`).
 */
async function keysCriterion(label: string, index: CaptureIndex, keys: string[] | { prefix: string; words?: Promise<string[]> }, window: IdWindow, test: Criterion['test']): Promise<Criterion> {
  const list = Array.isArray(keys) ? keys : await (keys.words ?? distinctKeys(index, keys.prefix, MAX_EXPANSION));
  if (list.length <= MAX_EXPANSION) {
    const stream: IdStream = list.length === 1 ? new KeyStream(index, list[0]!, window) : new UnionStream(list.map((k) => new KeyStream(index, k, window)));
    return { label, test, stream, probe: async (count) => complete(await stream.next(count), count) };
  }
  const ranges = [IDBKeyRange.bound(list[0]!, `${Array.isArray(keys) ? list.at(-1)! : keys.prefix}\uffff`)];
  return {
    label,
    test,
    stream: null,
    probe: async (count) => {
      const lists = await Promise.all(ranges.map((range) => readIndex(index, range, count)));
      const complete = lists.every((ids) => ids.length < count);
      return { ids: [...new Set(lists.flat())].filter(inWindow(window)).sort(), complete, ordered: null };
    },
  };
}

/** Label of the date-range condition (its stream is the table's, within the range). */
export const DATE_LABEL = 'date';

/** The ids of captures taken in [from, to) (capture ids sort newest first). */
export function dateWindow(query: SearchQuery): IdWindow {
  return { lower: query.to ? captureIdBoundary(query.to) : null, upper: query.from ? captureIdBoundary(query.from) : null };
}

/** Whether the index leaves `term` out: a stop term, or (typed as a prefix) the start of one. */
const unindexed = (stop: ReadonlySet<string>, term: string, prefix: boolean) => (prefix ? [...stop].some((s) => s.startsWith(term)) : stop.has(term));

/**
 * The conditions of a parsed query; all must hold. `stopTerms` are the archive's stop terms,
 * still being read, and `stopTermsBefore` the set read last in this page (null if none was):
 * the words a prefix stands for are looked up meanwhile (one read each), unless that set
 * already leaves the word out of the index or there is none yet: for a stop term the lookup
 * is wasted, and in Chromium it held up the table reads that answer the search behind it
 * (18–38 ms for `refund` and `tracking` at 100,000 captures, tests/bench/archive.bench-run.ts).
 */
export async function criteriaOf(query: SearchQuery, window: IdWindow, stopTerms: Promise<ReadonlySet<string>>, stopTermsBefore: ReadonlySet<string> | null): Promise<Criterion[]> {
  const pending: Promise<Criterion>[] = [];
  for (const { term, prefix } of query.terms) {
    const label = prefix ? `${term}*` : term;
    const words = prefix && stopTermsBefore && !unindexed(stopTermsBefore, term, prefix) ? distinctKeys('tokens', term, MAX_EXPANSION) : undefined;
    words?.catch(() => undefined); // not awaited if the word became a stop term meanwhile
    pending.push(
      stopTerms.then((stop) => {
        if (unindexed(stop, term, prefix)) return unindexedCriterion(label, term, prefix, stop.size);
        if (prefix) return keysCriterion(label, 'tokens', { prefix: term, words }, window, (r) => r.tokens.some((t) => t.startsWith(term)));
        return keysCriterion(label, 'tokens', [term], window, (r) => r.tokens.includes(term));
      }),
    );
  }
  const orderId = query.orderId;
  const helpers: Promise<Criterion | null>[] = [];
  if (orderId) {
    const order = keysCriterion(`order:${orderId}`, 'orderId', { prefix: orderId }, window, (r) => (r.orderId ?? '').startsWith(orderId));
    pending.push(order);
    helpers.push(order.then((c) => (c.stream ? null : orderPartCriterion(orderId, window))));
  }
  const kinds = query.kinds;
  if (kinds.length) pending.push(keysCriterion(`kind:${kinds.join(',')}`, 'kind', kinds, window, (r) => kinds.includes(r.kind)));
  if (query.from || query.to) {
    const [from, to] = [query.from ? Date.parse(query.from) : -Infinity, query.to ? Date.parse(query.to) : Infinity];
    const stream = tableStream(window);
    pending.push(
      Promise.resolve({
        label: DATE_LABEL,
        test: (r: CaptureRecord) => {
          const at = Date.parse(r.capturedAt);
          return at >= from && at < to;
        },
        stream,
        probe: async (count: number) => complete(await stream.next(count), count),
      }),
    );
  }
  const [criteria, extra] = await Promise.all([Promise.all(pending), Promise.all(helpers)]);
  return [...criteria, ...extra.filter((c): c is Criterion => c !== null)];
}

/**
 * An `order:` prefix that stands for too many order ids to stream (`order:302-`) is streamed
 * through the index term of its longest complete segment instead: every order id starting
 * `302-` has the term `302` (rules/search/search-tokens.ts splits identifiers into their parts, and
 * a term with a digit is never a stop term). Those ids are a superset: the `order:` condition
 * itself is still checked on each record, and this one never is.
 */
function orderPartCriterion(orderId: string, window: IdWindow): Promise<Criterion> | null {
  const part = orderIdParts(orderId)
    .slice(0, -1)
    .filter((p) => p.length >= 2 && p.length <= MAX_TERM_LENGTH)
    .sort((a, b) => b.length - a.length)[0];
  return part ? keysCriterion(`order-part:${part}`, 'tokens', [part], window, () => true).then((c) => ({ ...c, candidatesOnly: true })) : null;
}

/** The dash-separated parts of an order id or of its start (`302-12` → `302`, `12`). */
const orderIdParts = (orderId: string) => orderId.split('-');
