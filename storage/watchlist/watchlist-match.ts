import { buildWatchlistIndex, matchBuyer, type BuyerMatch, type BuyerOnPage, type WatchlistIndex } from '../../rules/watchlist/buyer-match';
import { db } from '../db';
import { readAllEntries, WATCHLIST_STORES } from './watchlist-records';
import type { WatchlistEntry } from './watchlist-schema';

/**
 * Matching pages against the stored watchlist (background side). The index is cached per
 * watchlist revision: every write replaces the revision token in `db.meta`, so a change made
 * in the options page is seen by the background's next match.
 */

/** `db.meta` key of a random token replaced on every watchlist write. */
const WATCHLIST_REVISION_KEY = 'watchlist-revision';

/**
 * Record that the watchlist table changed, so every context rebuilds its match index. Call
 * it inside the transaction of any write to the watchlist made outside this module (restore).
 */
export async function markWatchlistChanged(): Promise<void> {
  await db.meta.put({ key: WATCHLIST_REVISION_KEY, value: crypto.randomUUID() });
}

let cachedIndex: { revision: unknown; index: WatchlistIndex<WatchlistEntry> } | null = null;

/** The match index of the active entries, rebuilt only after the watchlist changed. */
export async function getActiveIndex(): Promise<WatchlistIndex<WatchlistEntry>> {
  return db.transaction('r', WATCHLIST_STORES, async () => {
    const revision = (await db.meta.get(WATCHLIST_REVISION_KEY))?.value;
    if (revision !== undefined && cachedIndex?.revision === revision) return cachedIndex.index;
    const index = buildWatchlistIndex((await readAllEntries()).filter((entry) => entry.status === 'active'));
    cachedIndex = revision === undefined ? null : { revision, index };
    return index;
  });
}

/**
 * Listed buyers matching the buyer on a page (strong by proxy email or order id, possible by
 * name). Answer to the content script's question for order, thread and contact pages.
 */
export async function matchWatchlist(page: BuyerOnPage): Promise<BuyerMatch<WatchlistEntry>[]> {
  return matchBuyer(await getActiveIndex(), page);
}

/** `matchWatchlist` for many buyers at once (order list rows), in the same order. */
export async function matchWatchlistMany(pages: readonly BuyerOnPage[]): Promise<BuyerMatch<WatchlistEntry>[][]> {
  const index = await getActiveIndex();
  return pages.map((page) => matchBuyer(index, page));
}
