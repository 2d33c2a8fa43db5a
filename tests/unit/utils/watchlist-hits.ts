import type { WatchlistHit } from '../../../utils/watchlist-protocol';

/** A matched entry as the background sends it to a page. */
export const hit = (over: Partial<WatchlistHit> = {}): WatchlistHit => ({
  entryId: 'e1',
  strength: 'strong',
  matchedBy: ['proxyEmail'],
  buyerName: 'Jordan Ellis',
  reason: 'false-claim',
  severity: 'high',
  notes: 'A-to-z claim after signed delivery',
  addedAt: '2025-12-05T10:00:00.000Z',
  addedBy: 'Mia',
  linkedOrders: 2,
  reviewDue: '2026-03-05T10:00:00.000Z',
  overdue: false,
  ...over,
});
