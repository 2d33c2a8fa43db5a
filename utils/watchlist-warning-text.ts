import { t } from '../locales/current';
import { dayText as localDay } from '../locales/dates';
import type { MatchedKeyKind } from '../rules/watchlist/buyer-match';
import type { WatchlistReason, WatchlistSeverity } from '../storage/watchlist/watchlist-schema';
import type { WatchlistHit } from './watchlist-protocol';

/**
 * The words of the watchlist warnings (banner, row badge, popup, options), kept apart from
 * the markup so they read the same everywhere and can be tested without rendering. All in
 * the agent's language.
 */

/** "High", "Hoch", "高". */
export const severityLabel = (severity: WatchlistSeverity): string => t(`watchlist.severity.${severity}`);

/** Why a buyer is listed, in the agent's words. */
export const reasonLabel = (reason: WatchlistReason): string => t(`watchlist.reason.${reason}`);

/** The team's procedure for listed buyers, shown in every banner. */
export function watchlistProcedure(): string[] {
  return [
    t('watchlist.procedure.templates'),
    t('watchlist.procedure.messaging'),
    t('watchlist.procedure.evidence'),
    t('watchlist.procedure.shipping'),
  ];
}

/** "Matched by buyer email and order id". */
export function matchedByText(hit: Pick<WatchlistHit, 'matchedBy'>): string {
  const words = hit.matchedBy.map((kind: MatchedKeyKind) => t(`watchlist.key.${kind}`));
  const last = words.at(-1);
  if (!last) return t('watchlist.matchedByNothing');
  const keys = words.length === 1 ? last : t('watchlist.and', { list: words.slice(0, -1).join(', '), last });
  return t('watchlist.matchedBy', { keys });
}

/** "5 Dec 2025" (the date an entry was added). Unreadable dates are shown as they are. */
export function dayText(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : localDay(date, t.language);
}

/** "Listed since 5 Dec 2025 by Mia". */
export function sinceText(hit: Pick<WatchlistHit, 'addedAt' | 'addedBy'>): string {
  const date = dayText(hit.addedAt);
  return hit.addedBy ? t('watchlist.sinceBy', { date, agent: hit.addedBy }) : t('watchlist.since', { date });
}

/** "No linked orders", "1 linked order", "3 linked orders". */
export function linkedOrdersText(count: number): string {
  return count <= 0 ? t('watchlist.noLinkedOrders') : t.plural('watchlist.linkedOrders', count);
}

/** The first line of a banner block: what the warning is about. */
export function hitHeadline(hit: Pick<WatchlistHit, 'strength' | 'reason' | 'severity'>): string {
  if (hit.strength === 'possible') return t('watchlist.possibleMatch');
  return t('watchlist.headline', { reason: reasonLabel(hit.reason), severity: severityLabel(hit.severity) });
}

/** Reason and severity in a line ("False not-received or A-to-z claims · High"). */
export function reasonLine(hit: Pick<WatchlistHit, 'reason' | 'severity'>): string {
  return `${reasonLabel(hit.reason)} · ${severityLabel(hit.severity)}`;
}

/** The short text of an order list badge; the strongest hit decides. */
export function badgeText(hits: readonly Pick<WatchlistHit, 'strength' | 'severity'>[]): string {
  const top = hits[0];
  if (!top) return '';
  if (top.strength === 'possible') return t('watchlist.badge.possible');
  return t('watchlist.badge', { severity: severityLabel(top.severity) });
}

/** The badge's longer description (its tooltip and accessible name). */
export function badgeDescription(hits: readonly WatchlistHit[]): string {
  const top = hits[0];
  if (!top) return '';
  const who = top.buyerName ? `${top.buyerName}: ` : '';
  const base = `${who}${reasonLine(top)}. ${matchedByText(top)}.`;
  const more = hits.length > 1 ? ` ${t.plural('watchlist.badge.more', hits.length - 1)}` : '';
  return top.strength === 'possible' ? `${t('watchlist.possibleMatch')}. ${base}${more}` : `${base}${more}`;
}
