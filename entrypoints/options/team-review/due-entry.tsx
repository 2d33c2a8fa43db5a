import { useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import { dayText } from '../../../locales/dates';
import type { TeamWatchlistEntry } from '../../../rules/team/watchlist-protocol';
import type { TeamReviewAction } from '../../../utils/team-lead-protocol';

/** The buyer as a lead recognises them: first name (or email, or order), reason and severity. */
export function buyerLabel(entry: TeamWatchlistEntry): string {
  return entry.buyerNames[0] ?? entry.proxyEmails[0] ?? entry.orderIds[0] ?? t('teamLead.due.unnamed');
}

/** The local day `value` (yyyy-mm-dd) at noon (or its last moment), as ISO; '' when empty. */
export function dayToIso(value: string, at: 'noon' | 'end' = 'noon'): string {
  if (!value) return '';
  const [y, m, d] = value.split('-').map(Number);
  return (at === 'noon' ? new Date(y!, m! - 1, d!, 12) : new Date(y!, m! - 1, d! + 1, 0, 0, 0, -1)).toISOString();
}

interface Props {
  entry: TeamWatchlistEntry;
  canEdit: boolean;
  /** An action on this entry waits to be sent: no second one until the list is reloaded. */
  waiting?: boolean;
  busy: boolean;
  onAction: (action: TeamReviewAction, buyer: string) => void;
  onProblem: (text: string) => void;
}

/** One entry due for review: who and why, and (for leads) review, extend or clear with a reason. */
export function DueEntry({ entry, canEdit, waiting = false, busy, onAction, onProblem }: Props) {
  const [note, setNote] = useState('');
  const [until, setUntil] = useState('');
  const [why, setWhy] = useState('');
  const buyer = buyerLabel(entry);
  const extend = () => {
    if (!until) return onProblem(t('teamLead.due.untilNeeded'));
    if (!note.trim()) return onProblem(t('teamLead.due.noteNeeded'));
    onAction({ op: 'extend', entryId: entry.id, note: note.trim(), until: dayToIso(until) }, buyer);
  };
  const clear = () => (why.trim() ? onAction({ op: 'clear', entryId: entry.id, why: why.trim() }, buyer) : onProblem(t('teamLead.due.whyNeeded')));
  return (
    <li class="team-due-entry" data-entry-id={entry.id} aria-label={buyer}>
      <h4>{t('teamLead.due.buyer', { buyer, reason: t(`watchlist.reason.${entry.reason}`), severity: t(`watchlist.severity.${entry.severity}`) })}</h4>
      <p>{t('teamLead.due.dueOn', { when: dayText(new Date(entry.reviewDue), t.language), name: entry.addedBy })}</p>
      {waiting ? <p role="status" data-testid="team-due-waiting">{t('teamEdges.waiting')}</p> : null}
      {canEdit && !waiting ? (
        <div class="team-due-actions">
          <label>
            {t('teamLead.due.note', { buyer })}
            <input value={note} maxLength={1000} onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          <button type="button" disabled={busy} onClick={() => onAction({ op: 'review', entryId: entry.id, note: note.trim() }, buyer)}>
            {t('teamLead.due.review')}
          </button>
          <label>
            {t('teamLead.due.until')}
            <input type="date" value={until} onInput={(e) => setUntil(e.currentTarget.value)} />
          </label>
          <button type="button" disabled={busy} onClick={extend}>
            {t('teamLead.due.extend')}
          </button>
          <label>
            {t('teamLead.due.why', { buyer })}
            <input value={why} maxLength={1000} onInput={(e) => setWhy(e.currentTarget.value)} />
          </label>
          <button type="button" disabled={busy} onClick={clear}>
            {t('teamLead.due.clear')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
