import { useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import type { WatchlistHit } from '../../../utils/watchlist-protocol';
import { onTrusted } from '../page/trusted-events';
import {
  severityLabel,
  reasonLabel,
  watchlistProcedure,
  dayText,
  hitHeadline,
  linkedOrdersText,
  matchedByText,
  sinceText,
} from '../../../utils/watchlist-warning-text';

/**
 * The in-page warning above an order, thread or contact page whose buyer is listed. A strong
 * match (proxy email or order id) is an alert; a name-only match is a calmer status that
 * asks the agent to check before acting. Everything shown is text, never markup. The team's
 * free-text notes are put on the page only after the agent's own click on "Show notes", so a
 * page script cannot read them from the open shadow root.
 */
export function WatchlistBanner({ hits }: { hits: readonly WatchlistHit[] }) {
  if (!hits.length) return null;
  const strong = hits.some((hit) => hit.strength === 'strong');
  const strength = strong ? 'strong' : 'possible';
  return (
    <section
      class={`sg-wl-banner sg-wl-${strength}`}
      role={strong ? 'alert' : 'status'}
      aria-label={strong ? t('watchlist.banner.strong') : t('watchlist.banner.possible')}
      data-strength={strength}
    >
      {hits.map((hit) => (
        <WatchlistHitFacts key={hit.entryId} hit={hit} />
      ))}
      <div class="sg-wl-procedure">
        <p class="sg-wl-procedure-title">
          {strong ? t('watchlist.banner.procedure') : t('watchlist.banner.procedureIf')}
        </p>
        <ol>
          {watchlistProcedure().map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </div>
    </section>
  );
}

function WatchlistHitFacts({ hit }: { hit: WatchlistHit }) {
  return (
    <div class="sg-wl-hit" data-strength={hit.strength} data-severity={hit.severity} data-entry-id={hit.entryId}>
      <p class="sg-wl-headline">
        <span class="sg-wl-icon" aria-hidden="true">
          {hit.strength === 'strong' ? '⚠' : '?'}
        </span>{' '}
        <strong>{hitHeadline(hit)}</strong>
      </p>
      <dl class="sg-wl-facts">
        <dt>{t('page.field.buyer')}</dt>
        <dd data-field="buyer">{hit.buyerName ?? t('watchlist.noName')}</dd>
        <dt>{t('watchlist.field.reason')}</dt>
        <dd data-field="reason">{reasonLabel(hit.reason)}</dd>
        <dt>{t('watchlist.field.severity')}</dt>
        <dd data-field="severity">{severityLabel(hit.severity)}</dd>
        <dt>{t('watchlist.field.since')}</dt>
        <dd data-field="since">{sinceText(hit)}</dd>
        <dt>{t('watchlist.field.orders')}</dt>
        <dd data-field="orders">{linkedOrdersText(hit.linkedOrders)}</dd>
        <dt>{t('watchlist.field.match')}</dt>
        <dd data-field="match">{matchedByText(hit)}</dd>
        <dt>{t('watchlist.field.notes')}</dt>
        <dd data-field="notes" class="sg-wl-notes">
          <HitNotes notes={hit.notes} />
        </dd>
        {hit.overdue ? (
          <>
            <dt>{t('watchlist.field.review')}</dt>
            <dd data-field="review">{t('watchlist.overdue', { date: dayText(hit.reviewDue) })}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}

function HitNotes({ notes }: { notes: string }) {
  const [shown, setShown] = useState(false);
  if (!notes) return <>{t('watchlist.noNotes')}</>;
  if (shown) return <>{notes}</>;
  return (
    <button type="button" class="sg-wl-show-notes" aria-expanded="false" onClick={onTrusted(() => setShown(true))}>
      {t('watchlist.showNotes')}
    </button>
  );
}
