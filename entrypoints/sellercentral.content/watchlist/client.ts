import { callBackground } from '../../../utils/call-background';
import type { PageInfo } from '../../../utils/protocol';
import { ok, type Result } from '../../../utils/result';
import { WATCHLIST_REVISION_STORAGE_KEY } from '../../../utils/team-protocol';
import { onLocalStorageKey } from '../page/on-storage-key';
import type { WatchlistHit, WatchlistPageKeys } from '../../../utils/watchlist-protocol';

/**
 * The content script's side of the watchlist: questions to the background (which holds
 * the list in IndexedDB) and a signal for "the list may have changed", heard by the banner
 * and the badges of this tab.
 */

/** The buyer keys of a recognised page. */
export function pageKeysOf(info: Pick<PageInfo, 'buyerProxyEmail' | 'orderIds' | 'buyerName'>): WatchlistPageKeys {
  return { proxyEmail: info.buyerProxyEmail, orderIds: info.orderIds, buyerName: info.buyerName };
}

/** Listed buyers matching these keys, strong matches first. */
export function matchPage(keys: WatchlistPageKeys): Promise<Result<WatchlistHit[]>> {
  return callBackground('matchWatchlistPage', keys);
}

/** One hit list per row, in row order. */
export async function matchRows(rows: WatchlistPageKeys[]): Promise<Result<WatchlistHit[][]>> {
  if (!rows.length) return ok([]);
  return callBackground('matchWatchlistRows', { rows });
}

const changes = new EventTarget();

/** Tell this tab's watchlist UI that the list changed (after "Add to watchlist"). */
export function announceWatchlistChanged(): void {
  changes.dispatchEvent(new Event('change'));
}

/**
 * Call `listener` when this tab changed the list, when the background applied the team's
 * changes, and when the agent comes back to the tab (the list may have changed in the options
 * page or another tab meanwhile).
 */
export function onWatchlistChanged(signal: AbortSignal, listener: () => void): void {
  changes.addEventListener('change', listener, { signal });
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && listener(), { signal });
  // The background applied the team's changes (another agent's add, a lead's clear).
  onLocalStorageKey(WATCHLIST_REVISION_STORAGE_KEY, signal, listener);
}
