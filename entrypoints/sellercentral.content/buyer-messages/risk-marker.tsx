import { t } from '../../../locales/current';
import type { BuyerFinding } from '../../../rules/buyer/buyer-risk';
import { WatchlistAddForm } from '../watchlist/add-form';
import type { AddPrefill } from '../watchlist/add-form-fields';
import { saveToWatchlist } from '../watchlist/add-to-watchlist';
import { LinkWarning, type PendingLink } from './link-warning';

interface Props {
  findings: readonly BuyerFinding[];
  /** The page's buyer, for Add to watchlist on a review threat. */
  buyer: AddPrefill;
  pending: PendingLink | null;
  onOpen: () => void;
  onCancel: () => void;
}

/**
 * The marker under a risky buyer message: what was found and why, one line per finding
 * (the buyer's text itself is left as it is); the warning of a clicked flagged link; and,
 * for a review threat, Add to watchlist prefilled with the reason `review-extortion`.
 */
export function RiskMarker({ findings, buyer, pending, onOpen, onCancel }: Props) {
  const threat = findings.some((f) => f.category === 'review-threat');
  return (
    <section class="sg-br-marker">
      <div role="alert" class="sg-br-alert">
        <p class="sg-br-title">{t.plural('buyer.alert.title', findings.length, { count: findings.length })}</p>
        <ul>
          {findings.map((f) => (
            <li key={`${f.ruleId}:${f.start}:${f.attachment ?? ''}`} class={`sg-br-finding sg-br-${f.severity}`} data-category={f.category}>
              <strong>{t.dynamic(`buyer.category.${f.category}`)}</strong> {t.dynamic(f.messageKey, f.params)}
            </li>
          ))}
        </ul>
      </div>
      {pending ? <LinkWarning pending={pending} onOpen={onOpen} onCancel={onCancel} /> : null}
      {threat ? (
        <WatchlistAddForm prefill={{ ...buyer, reason: 'review-extortion', notes: t('buyer.alert.reasonNote') }} onSave={saveToWatchlist} />
      ) : null}
    </section>
  );
}
