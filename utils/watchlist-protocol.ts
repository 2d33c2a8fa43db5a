import { z } from 'zod';
import type { MatchedKeyKind, MatchStrength } from '../rules/watchlist/buyer-match';
import type { WatchlistReason, WatchlistSeverity } from '../storage/watchlist/watchlist-schema';

/**
 * Messages of the buyer watchlist (see the "Watchlist" section of utils/protocol.ts). The
 * content script only ever sees `WatchlistHit`s, a small view of a matched entry: never the
 * whole list, never an entry's history.
 */

// Page text is attacker-controlled: bounded, and a blank field counts as none.
const blankAsNull = (max: number) =>
  z
    .string()
    .max(max)
    .transform((value) => value.trim() || null)
    .nullable()
    .default(null);

/** The buyer keys a page shows (PageInfo's buyerProxyEmail, orderIds and buyerName). */
export const watchlistPageKeysSchema = z.object({
  proxyEmail: blankAsNull(320),
  orderIds: z.array(z.string().max(64)).max(500).default([]),
  buyerName: blankAsNull(1000),
});
export type WatchlistPageKeys = z.input<typeof watchlistPageKeysSchema>;

/** Order list rows, in page order; the answer has one hit list per row, in the same order. */
export const watchlistRowsSchema = z.object({ rows: z.array(watchlistPageKeysSchema).max(2000) });
export type WatchlistRows = z.input<typeof watchlistRowsSchema>;

/** What the in-page banner, badge and popup need to know about one matched entry. */
export interface WatchlistHit {
  entryId: string;
  strength: MatchStrength;
  /** Which of the page's keys matched the entry, strongest first. */
  matchedBy: MatchedKeyKind[];
  /** The entry's display name (first name as shown), or null when it lists none. */
  buyerName: string | null;
  reason: WatchlistReason;
  severity: WatchlistSeverity;
  notes: string;
  /** ISO 8601. */
  addedAt: string;
  addedBy: string;
  /** How many order ids the entry lists. */
  linkedOrders: number;
  reviewDue: string;
  overdue: boolean;
}

/** What "Add to watchlist" did. */
export interface WatchlistAddOutcome {
  outcome: 'added' | 'merged' | 'reactivated';
  entryId: string;
  /** How the entry is named ("Jordan Ellis", or its first key). */
  label: string;
}
