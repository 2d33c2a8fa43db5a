import { WATCHLIST_REASON_LABELS } from '../../../storage/watchlist/watchlist-schema';
import type { WatchlistHit } from '../../../utils/watchlist-protocol';
import {
  SEVERITY_LABELS,
  WATCHLIST_PROCEDURE,
  dayText,
  hitHeadline,
  linkedOrdersText,
  matchedByText,
  sinceText,
} from '../../../utils/watchlist-warning-text';

/**
 * The in-page warning above an order, thread or contact page whose buyer is listed. A strong
 * match (proxy email or order id) is an alert; a name-only match is a calmer status that
 * asks the agent to check before acting. Everything shown is text, never markup.
 */
export function WatchlistBanner({ hits }: { hits: readonly WatchlistHit[] }) {
  if (!hits.length) return null;
  const strong = hits.some((hit) => hit.strength === 'strong');
  const strength = strong ? 'strong' : 'possible';
  return (
    <section
      class={`sg-wl-banner sg-wl-${strength}`}
      role={strong ? 'alert' : 'status'}
      aria-label={strong ? 'Seller Guard: watch-listed buyer' : 'Seller Guard: possible watch-listed buyer'}
      data-strength={strength}
    >
      {hits.map((hit) => (
        <WatchlistHitFacts key={hit.entryId} hit={hit} />
      ))}
      <div class="sg-wl-procedure">
        <p class="sg-wl-procedure-title">
          {strong ? 'Team procedure for this buyer:' : 'If it is the listed buyer, follow the team procedure:'}
        </p>
        <ol>
          {WATCHLIST_PROCEDURE.map((step) => (
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
        <dt>Buyer</dt>
        <dd data-field="buyer">{hit.buyerName ?? 'No name recorded'}</dd>
        <dt>Reason</dt>
        <dd data-field="reason">{WATCHLIST_REASON_LABELS[hit.reason]}</dd>
        <dt>Severity</dt>
        <dd data-field="severity">{SEVERITY_LABELS[hit.severity]}</dd>
        <dt>Since</dt>
        <dd data-field="since">{sinceText(hit)}</dd>
        <dt>Orders</dt>
        <dd data-field="orders">{linkedOrdersText(hit.linkedOrders)}</dd>
        <dt>Match</dt>
        <dd data-field="match">{matchedByText(hit)}</dd>
        <dt>Notes</dt>
        <dd data-field="notes" class="sg-wl-notes">
          {hit.notes || 'No notes.'}
        </dd>
        {hit.overdue ? (
          <>
            <dt>Review</dt>
            <dd data-field="review">Overdue since {dayText(hit.reviewDue)}: review this entry on the options page.</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
