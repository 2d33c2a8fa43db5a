import { useEffect, useState } from 'preact/hooks';
import { searchArchive, type ArchiveSearchResult } from '../../../storage/archive/search';

type ArchiveSearchState =
  | { status: 'searching'; result: ArchiveSearchResult | null }
  | { status: 'ready'; result: ArchiveSearchResult }
  | { status: 'failed'; message: string; result: null };

/** Typing pauses this long before a search runs (the search itself is well under 100 ms). */
const DEBOUNCE_MS = 80;

/** Results per page: the first page, and each "show more". */
export const ARCHIVE_PAGE = 30;

/**
 * The newest captures, asked for as soon as this module loads, so IndexedDB opens and reads
 * while the rest of the popup's script is still being evaluated.
 */
let prefetched: { limit: number; start: number; result: Promise<ArchiveSearchResult> } | null = null;
export function prefetchNewest(limit: number): void {
  prefetched = { limit, start: performance.now(), result: searchArchive('', { limit }) };
}

/**
 * Search as the agent types. Each search is measured as a `archive-search` performance entry
 * (the benchmark reads them); the previous results stay on screen while the next search runs.
 */
export function useArchiveSearch(query: string, limit: number, budget?: number): ArchiveSearchState {
  const [state, setState] = useState<ArchiveSearchState>({ status: 'searching', result: null });
  useEffect(() => {
    let current = true;
    setState((previous) => ({ status: 'searching', result: previous.result }));
    const timer = setTimeout(
      () => {
        const early = !query.trim() && prefetched?.limit === limit && budget === undefined ? prefetched : null;
        prefetched = null;
        const start = early?.start ?? performance.now();
        (early?.result ?? searchArchive(query, { limit, budget }))
          .then((result) => {
            performance.measure('archive-search', { start, end: performance.now(), detail: query });
            if (current) setState({ status: 'ready', result });
          })
          .catch((error: unknown) => current && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error), result: null }));
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
