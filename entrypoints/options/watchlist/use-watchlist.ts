import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
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
 * The watchlist as the options page shows it: the entries matching the filter, kept live
 * (a buyer added from a Seller Central tab appears without a reload).
 */
export function useWatchlist(filter: WatchlistFilter): WatchlistEntry[] | null {
  const [entries, setEntries] = useState<WatchlistEntry[] | null>(null);
  useEffect(() => {
    const query: WatchlistQuery = { text: filter.text, status: filter.status, ...(filter.overdueOnly ? { overdueAt: new Date() } : {}) };
    const subscription = liveQuery(() => listWatchlist(query)).subscribe({
      next: setEntries,
      error: (error: unknown) => console.error('[Seller Guard] watchlist:', error),
    });
    return () => subscription.unsubscribe();
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
