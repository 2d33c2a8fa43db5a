import type { BuyerMatch, MatchedKeyKind } from '../../../rules/watchlist/buyer-match';
import { isOverdue } from '../../../storage/watchlist/watchlist-entry';
import type { WatchlistEntry } from '../../../storage/watchlist/watchlist-schema';
import type { WatchlistHit } from '../../../utils/watchlist-protocol';

const KEY_ORDER: MatchedKeyKind[] = ['proxyEmail', 'orderId', 'name'];

/**
 * The part of a matched entry a Seller Central page may see: enough for the banner and the
 * badge (reason, severity, since when, linked orders, notes), never the history or evidence.
 */
export function toWatchlistHit(match: BuyerMatch<WatchlistEntry>, now: Date): WatchlistHit {
  const { entry } = match;
  const kinds = new Set(match.keys.map((key) => key.kind));
  return {
    entryId: entry.id,
    strength: match.strength,
    matchedBy: KEY_ORDER.filter((kind) => kinds.has(kind)),
    buyerName: entry.buyerNames[0] ?? null,
    reason: entry.reason,
    severity: entry.severity,
    notes: entry.notes,
    addedAt: entry.addedAt,
    addedBy: entry.addedBy,
    linkedOrders: entry.orderIds.length,
    reviewDue: entry.reviewDue,
    overdue: isOverdue(entry, now),
  };
}
