import { format } from 'date-fns';
import type { MatchedKeyKind } from '../rules/watchlist/buyer-match';
import { WATCHLIST_REASON_LABELS, type WatchlistSeverity } from '../storage/watchlist/watchlist-schema';
import type { WatchlistHit } from './watchlist-protocol';

/**
 * The words of the watchlist warnings (banner, row badge, popup), kept apart from the markup
 * so they read the same everywhere and can be tested without rendering.
 */

export const SEVERITY_LABELS: Record<WatchlistSeverity, string> = { high: 'High', medium: 'Medium', watch: 'Watch' };

/** The team's procedure for listed buyers, shown in every banner. */
export const WATCHLIST_PROCEDURE = [
  'Reply only with the standard templates.',
  'Keep every exchange in Amazon Buyer-Seller Messaging.',
  'Capture evidence of this page and of every message.',
  'For new orders: keep packing proof (photos or video) and ship with signature confirmation.',
] as const;

export const POSSIBLE_MATCH_WARNING = 'Possible match by name only — check the buyer email/order before acting';

const KEY_WORDS: Record<MatchedKeyKind, string> = { proxyEmail: 'buyer email', orderId: 'order id', name: 'name' };

/** "Matched by buyer email and order id". */
export function matchedByText(hit: Pick<WatchlistHit, 'matchedBy'>): string {
  const words = hit.matchedBy.map((kind) => KEY_WORDS[kind]);
  if (words.length <= 1) return `Matched by ${words[0] ?? 'nothing'}`;
  return `Matched by ${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** "5 Dec 2025" (the date an entry was added). Unreadable dates are shown as they are. */
export function dayText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format(date, 'd MMM yyyy');
}

/** "Listed since 5 Dec 2025 by Mia". */
export function sinceText(hit: Pick<WatchlistHit, 'addedAt' | 'addedBy'>): string {
  return `Listed since ${dayText(hit.addedAt)}${hit.addedBy ? ` by ${hit.addedBy}` : ''}`;
}

/** "No linked orders", "1 linked order", "3 linked orders". */
export function linkedOrdersText(count: number): string {
  if (count <= 0) return 'No linked orders';
  return `${count} linked order${count === 1 ? '' : 's'}`;
}

/** The first line of a banner block: what the warning is about. */
export function hitHeadline(hit: Pick<WatchlistHit, 'strength' | 'reason' | 'severity'>): string {
  if (hit.strength === 'possible') return POSSIBLE_MATCH_WARNING;
  return `Watch-listed buyer — ${WATCHLIST_REASON_LABELS[hit.reason]} (severity: ${SEVERITY_LABELS[hit.severity]})`;
}

/** Reason and severity in a line ("False not-received or A-to-z claims · High"). */
export function reasonLine(hit: Pick<WatchlistHit, 'reason' | 'severity'>): string {
  return `${WATCHLIST_REASON_LABELS[hit.reason]} · ${SEVERITY_LABELS[hit.severity]}`;
}

/** The short text of an order list badge; the strongest hit decides. */
export function badgeText(hits: readonly Pick<WatchlistHit, 'strength' | 'severity'>[]): string {
  const top = hits[0];
  if (!top) return '';
  if (top.strength === 'possible') return 'Watchlist? Name only';
  return `Watchlist · ${SEVERITY_LABELS[top.severity]}`;
}

/** The badge's longer description (its tooltip and accessible name). */
export function badgeDescription(hits: readonly WatchlistHit[]): string {
  const top = hits[0];
  if (!top) return '';
  const who = top.buyerName ? `${top.buyerName}: ` : '';
  const base = `${who}${reasonLine(top)}. ${matchedByText(top)}.`;
  const more = hits.length > 1 ? ` ${hits.length - 1} more listed ${hits.length === 2 ? 'entry matches' : 'entries match'}.` : '';
  return top.strength === 'possible' ? `${POSSIBLE_MATCH_WARNING}. ${base}${more}` : `${base}${more}`;
}
