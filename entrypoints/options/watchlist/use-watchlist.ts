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

/** Least time between two reads of the list while it keeps changing (a team sync writes it page by page). */
const RELOAD_SPACING_MS = 1_000;

/**
 * The watchlist as the options page shows it: the entries matching the filter, kept live
 * (a buyer added from a Seller Central tab appears without a reload). Any write to the table
 * wakes a cheap live count; the full list is then read again at most once per
 * RELOAD_SPACING_MS, so a sync of thousands of entries is not read in full after every page.
 */
export function useWatchlist(filter: WatchlistFilter): WatchlistEntry[] | null {
  const [entries, setEntries] = useState<WatchlistEntry[] | null>(null);
  useEffect(() => {
    const query: WatchlistQuery = { text: filter.text, status: filter.status, ...(filter.overdueOnly ? { overdueAt: new Date() } : {}) };
    const failed = (error: unknown) => console.error('[Seller Guard] watchlist:', error);
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = -Infinity;
    const reload = () => {
      timer = undefined;
      last = Date.now();
      listWatchlist(query).then((rows) => stopped || setEntries(rows), failed);
    };
    const subscription = liveQuery(() => db.watchlist.count()).subscribe({
      next: () => {
        timer ??= setTimeout(reload, Math.max(0, last + RELOAD_SPACING_MS - Date.now()));
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
