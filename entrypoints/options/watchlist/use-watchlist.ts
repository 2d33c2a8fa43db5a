import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { db } from '../../../storage/db';
import { listWatchlist, type WatchlistQuery } from '../../../storage/watchlist/watchlist-store';
import type { WatchlistEntry } from '../../../storage/watchlist/watchlist-schema';
import { callBackground } from '../../../utils/call-background';
import { resultOf } from '../../../utils/result';

export interface WatchlistFilter {
  text: string;
  status: 'all' | 'active' | 'cleared';
  overdueOnly: boolean;
}

/**
 * Least time between two reads of the list while it keeps changing (a team sync writes it page
 * by page): a first sync of 10,000 entries is read twice while it fills, not after every second.
 * A change after a quiet spell is still read at once.
 */
const RELOAD_SPACING_MS = 2_000;
/** And at least this many times as long as the last read took: a long list is read less often while it fills. */
const RELOAD_SPACING_FACTOR = 4;

/**
 * The watchlist as the options page shows it: the entries matching the filter, kept live
 * (a buyer added from a Seller Central tab appears without a reload). Any write to the table
 * wakes a cheap live count; the full list is then read again at most once per
 * RELOAD_SPACING_MS (or four times the last read's time, when longer), so a sync of thousands
 * of entries is neither read in full after every page nor held up by reads of a long list.
 */
export function useWatchlist(filter: WatchlistFilter): WatchlistEntry[] | null {
  const [entries, setEntries] = useState<WatchlistEntry[] | null>(null);
  useEffect(() => {
    const query: WatchlistQuery = { text: filter.text, status: filter.status, ...(filter.overdueOnly ? { overdueAt: new Date() } : {}) };
    const failed = (error: unknown) => console.error('[Seller Guard] watchlist:', error);
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = -Infinity;
    let spacing = RELOAD_SPACING_MS;
    const reload = () => {
      timer = undefined;
      const started = Date.now();
      last = started;
      listWatchlist(query).then((rows) => {
        spacing = Math.max(RELOAD_SPACING_MS, (Date.now() - started) * RELOAD_SPACING_FACTOR);
        if (!stopped) setEntries(rows);
      }, failed);
    };
    const subscription = liveQuery(() => db.watchlistChunks.count()).subscribe({
      next: () => {
        timer ??= setTimeout(reload, Math.max(0, last + spacing - Date.now()));
      },
      error: failed,
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [filter.text, filter.status, filter.overdueOnly]);
  return entries;
}

/** The toolbar badge counts overdue entries: tell the background the list changed. */
export function refreshToolbarBadge(): void {
  void callBackground('refreshWatchlistBadge', {});
}

/**
 * Run a change through the one Result path and say how it went: null when done, else the
 * message to show. The toolbar badge is refreshed after every change.
 */
export async function attempt(change: () => Promise<unknown>): Promise<string | null> {
  const result = await resultOf(change, 'watchlist change');
  if (!result.ok) return result.error.message;
  refreshToolbarBadge();
  return null;
}
