import { t } from '../../../locales/current';
import type { WatchlistHit } from '../../../utils/watchlist-protocol';
import { badgeDescription, badgeText } from '../../../utils/watchlist-warning-text';

/**
 * The mark on an order list row whose buyer or order is listed: strong matches in red,
 * name-only matches in amber with a question mark. The tooltip says why.
 */
export function WatchlistBadge({ hits }: { hits: readonly WatchlistHit[] }) {
  const top = hits[0];
  if (!top) return null;
  const description = badgeDescription(hits);
  return (
    <span
      class={`sg-wl-badge sg-wl-${top.strength}`}
      role="status"
      aria-label={t('watchlist.badge.label', { description })}
      title={description}
      data-strength={top.strength}
      data-severity={top.severity}
    >
      <span aria-hidden="true">{top.strength === 'strong' ? '⚠ ' : '? '}</span>
      {badgeText(hits)}
    </span>
  );
}
