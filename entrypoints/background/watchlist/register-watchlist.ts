import type { Browser } from 'wxt/browser';
import { isSellerCentralUrl } from '../../../rules/page/hosts';
import type { BuyerOnPage } from '../../../rules/watchlist/buyer-match';
import { addWatchlistEntry, matchWatchlist, matchWatchlistMany } from '../../../storage/watchlist/watchlist-store';
import { entryLabel } from '../../../storage/watchlist/watchlist-entry';
import { watchlistAddInputSchema } from '../../../storage/watchlist/watchlist-schema';
import { emptySchema } from '../../../utils/protocol';
import { watchlistPageKeysSchema, watchlistRowsSchema, type WatchlistPageKeys } from '../../../utils/watchlist-protocol';
import { SellerGuardError } from '../../../utils/errors';
import { handle } from '../handle';
import { refreshOverdueBadge, startOverdueBadge } from './toolbar-badge-count';
import { toWatchlistHit } from './hit-for-page';
import { t } from '../../../locales/current';
import { requireMayAdd, watchlistAccess } from './watchlist-access';

const buyerOf = (keys: WatchlistPageKeys): BuyerOnPage => ({
  proxyEmail: keys.proxyEmail,
  orderIds: keys.orderIds,
  buyerName: keys.buyerName,
});

/** Only a Seller Central page (top frame) adds buyers from the page. */
function requireSellerCentral(sender: Browser.runtime.MessageSender): void {
  if (sender.frameId !== 0 || !isSellerCentralUrl(sender.url ?? sender.tab?.url ?? '')) {
    throw new SellerGuardError('invalid-input', t('error.addOnlyFromSellerCentral'));
  }
}

/**
 * The watchlist in the background: matching pages and order list rows for the content
 * script (which never opens IndexedDB), "Add to watchlist" from a page, and the toolbar
 * badge counting entries due for review.
 */
export function registerWatchlist(): void {
  handle('matchWatchlistPage', watchlistPageKeysSchema, async (keys) => {
    const now = new Date();
    return (await matchWatchlist(buyerOf(keys))).map((match) => toWatchlistHit(match, now));
  });
  handle('matchWatchlistRows', watchlistRowsSchema, async ({ rows }) => {
    const now = new Date();
    const matches = await matchWatchlistMany(rows.map(buyerOf));
    return matches.map((row) => row.map((match) => toWatchlistHit(match, now)));
  });
  handle('addToWatchlist', watchlistAddInputSchema, async (input, sender) => {
    await requireMayAdd();
    requireSellerCentral(sender);
    // A refused entry throws SellerGuardError, which handle() answers with its code and message.
    const { entry, outcome } = await addWatchlistEntry(input);
    await refreshOverdueBadge();
    return { outcome, entryId: entry.id, label: entryLabel(entry) };
  });
  handle('watchlistAccess', emptySchema, watchlistAccess);
  handle('refreshWatchlistBadge', emptySchema, async () => ({ overdue: await refreshOverdueBadge() }));
  startOverdueBadge();
}
