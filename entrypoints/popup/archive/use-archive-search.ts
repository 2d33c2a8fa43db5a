import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { searchArchive, type ArchiveSearchResult } from '../../../storage/archive/search';

type ArchiveSearchState =
  | { status: 'searching'; result: ArchiveSearchResult | null }
  | { status: 'ready'; result: ArchiveSearchResult }
  | { status: 'failed'; message: string; result: null };

/** Typing pauses this long before a search runs (the search itself is well under 100 ms). */
const DEBOUNCE_MS = 80;

interface Prefetch {
  limit: number;
  start: number;
  result: Promise<ArchiveSearchResult>;
  /** The answer, once it has come (so the first render can show it at once). */
  settled: ArchiveSearchResult | null;
}

/**
 * The newest captures, asked for as soon as this module loads, so IndexedDB opens and reads
 * while the rest of the popup's script is still being evaluated.
 */
let prefetched: Prefetch | null = null;
export function prefetchNewest(limit: number): void {
  const prefetch: Prefetch = { limit, start: performance.now(), result: searchArchive('', { limit }), settled: null };
  prefetch.result.then(
    (result) => {
      prefetch.settled = result;
      performance.measure('archive-search', { start: prefetch.start, end: performance.now(), detail: '' });
    },
    () => undefined,
  );
  prefetched = prefetch;
}

/** The prefetched newest captures, once, if they answer this search. */
function takePrefetched(query: string, limit: number, budget: number | undefined): Prefetch | null {
  const early = !query.trim() && prefetched?.limit === limit && budget === undefined ? prefetched : null;
  prefetched = null;
  return early;
}

type Show = (next: ArchiveSearchState) => void;

/** Show `result` when it comes (or why it failed). */
function settle(result: Promise<ArchiveSearchResult>, show: Show): void {
  result.then(
    (value) => show({ status: 'ready', result: value }),
    (error: unknown) => show({ status: 'failed', message: error instanceof Error ? error.message : String(error), result: null }),
  );
}

/**
 * Search as the agent types. Each search is measured as a `archive-search` performance entry
 * (the benchmark reads them); the previous results stay on screen while the next search runs.
 * The first, empty search is answered by the prefetched newest captures: on the first render
 * when they have already come, else as soon as they come (not a painted frame and a timer later).
 */
export function useArchiveSearch(query: string, limit: number, budget?: number): ArchiveSearchState {
  const [first] = useState(() => takePrefetched(query, limit, budget));
  const [state, setState] = useState<ArchiveSearchState>(() => (first?.settled ? { status: 'ready', result: first.settled } : { status: 'searching', result: null }));
  // Until the agent changes the search, the prefetch is the answer.
  const prefetchAnswers = useRef(first !== null);
  useLayoutEffect(() => {
    if (first && !first.settled) settle(first.result, (next) => prefetchAnswers.current && setState(next));
  }, []);
  const ran = useRef(false);
  useEffect(() => {
    const initial = !ran.current;
    ran.current = true;
    if (initial && first) return;
    prefetchAnswers.current = false;
    let current = true;
    setState((previous) => ({ status: 'searching', result: previous.result }));
    const timer = setTimeout(
      () => {
        const start = performance.now();
        const result = searchArchive(query, { limit, budget });
        void result.then(() => performance.measure('archive-search', { start, end: performance.now(), detail: query }), () => undefined);
        settle(result, (next) => current && setState(next));
      },
      query.trim() ? DEBOUNCE_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, limit, budget]);
  return state;
}
