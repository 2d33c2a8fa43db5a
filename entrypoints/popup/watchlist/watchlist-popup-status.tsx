import { t } from '../../../locales/current';
import type { WatchlistHit } from '../../../utils/watchlist-protocol';
import { hitHeadline, linkedOrdersText, sinceText } from '../../../utils/watchlist-warning-text';

export type WatchlistCheck =
  | { state: 'no-buyer' }
  | { state: 'checking' }
  | { state: 'failed'; message: string }
  | { state: 'done'; hits: WatchlistHit[] };

/** The popup's line about the current page's buyer and the watchlist. */
export function WatchlistPopupStatus({ check }: { check: WatchlistCheck }) {
  if (check.state === 'no-buyer') return null;
  if (check.state === 'checking') return <p role="status" class="wl-popup" data-watchlist="checking">{t('watchlist.popup.checking')}</p>;
  if (check.state === 'failed') {
    return (
      <p role="alert" class="wl-popup" data-watchlist="failed">
        {t('watchlist.popup.failed', { error: check.message })}
      </p>
    );
  }
  const [top] = check.hits;
  if (!top) {
    return (
      <p role="status" class="wl-popup" data-watchlist="none">
        {t('watchlist.popup.notListed')}
      </p>
    );
  }
  return (
    <div role={top.strength === 'strong' ? 'alert' : 'status'} class={`wl-popup wl-popup-${top.strength}`} data-watchlist={top.strength}>
      {check.hits.map((hit) => (
        <p key={hit.entryId}>
          <strong>{hitHeadline(hit)}</strong>
          <br />
          {hit.buyerName ? `${hit.buyerName} · ` : ''}
          {sinceText(hit)} · {linkedOrdersText(hit.linkedOrders)}
          {hit.notes ? (
            <>
              <br />
              <span class="wl-popup-notes">{hit.notes}</span>
            </>
          ) : null}
        </p>
      ))}
    </div>
  );
}
