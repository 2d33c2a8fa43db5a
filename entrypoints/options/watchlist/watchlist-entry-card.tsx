import { useState } from 'preact/hooks';
import { dayText, reasonLabel, severityLabel } from '../../../utils/watchlist-warning-text';
import { entryLabel, isOverdue } from '../../../storage/watchlist/watchlist-entry';
import { type WatchlistEdit, type WatchlistEntry } from '../../../storage/watchlist/watchlist-schema';
import { WatchlistEditForm } from './watchlist-edit-form';
import { WatchlistConfirm } from './watchlist-confirm';

export interface EntryActions {
  /** Each resolves to null when done, else the message to show. */
  edit(id: string, patch: WatchlistEdit): Promise<string | null>;
  review(id: string): Promise<string | null>;
  clear(id: string, why: string): Promise<string | null>;
  remove(id: string): Promise<string | null>;
}

type Mode = 'view' | 'edit' | 'clear' | 'delete';

/**
 * One watchlist entry on the options page: its facts, review state and the agent's actions
 * (none when `readOnly`: a team role that may not change existing entries).
 */
export function WatchlistEntryCard({ entry, now, actions, readOnly = false }: { entry: WatchlistEntry; now: Date; actions: EntryActions; readOnly?: boolean }) {
  const [mode, setMode] = useState<Mode>('view');
  const [note, setNote] = useState<{ error: boolean; text: string } | null>(null);
  const label = entryLabel(entry);
  const overdue = isOverdue(entry, now);

  const finish = (done: string) => async (result: Promise<string | null>) => {
    const error = await result;
    setNote(error ? { error: true, text: `Not done: ${error}` } : { error: false, text: done });
    if (!error) setMode('view');
    return error;
  };

  return (
    <li class={`wl-entry wl-${entry.status}${overdue ? ' wl-overdue' : ''}`} data-entry-id={entry.id} aria-label={label}>
      <h3>
        {label} <span class={`wl-severity wl-severity-${entry.severity}`}>{severityLabel(entry.severity)}</span>
        {entry.status === 'cleared' ? <span class="wl-flag"> Cleared</span> : null}
        {overdue ? <span class="wl-flag wl-flag-overdue"> Review overdue</span> : null}
      </h3>
      <dl class="wl-facts">
        <dt>Reason</dt>
        <dd>{reasonLabel(entry.reason)}</dd>
        <dt>Names</dt>
        <dd>{entry.buyerNames.join(', ') || '—'}</dd>
        <dt>Buyer emails</dt>
        <dd>{entry.proxyEmails.join(', ') || '—'}</dd>
        <dt>Orders</dt>
        <dd>{entry.orderIds.join(', ') || '—'}</dd>
        <dt>Notes</dt>
        <dd class="wl-notes">{entry.notes || '—'}</dd>
        <dt>Added</dt>
        <dd>
          {dayText(entry.addedAt)}
          {entry.addedBy ? ` by ${entry.addedBy}` : ''}
        </dd>
        {entry.status === 'active' ? (
          <>
            <dt>Review due</dt>
            <dd>{dayText(entry.reviewDue)}{entry.reviewedAt ? ` (last reviewed ${dayText(entry.reviewedAt)})` : ''}</dd>
          </>
        ) : (
          <>
            <dt>Cleared</dt>
            <dd>
              {entry.cleared ? `${dayText(entry.cleared.at)}${entry.cleared.by ? ` by ${entry.cleared.by}` : ''}: ${entry.cleared.why}` : '—'}
            </dd>
          </>
        )}
      </dl>
      {mode === 'view' && !readOnly ? (
        <div class="wl-actions">
          <button type="button" aria-label={`Edit ${label}`} onClick={() => setMode('edit')}>Edit</button>
          {entry.status === 'active' ? (
            <>
              <button type="button" aria-label={`Mark ${label} reviewed`} onClick={() => void finish(`Reviewed; next review due in 90 days.`)(actions.review(entry.id))}>
                Mark reviewed
              </button>
              <button type="button" aria-label={`Clear ${label}`} onClick={() => setMode('clear')}>Clear…</button>
            </>
          ) : null}
          <button type="button" class="wl-danger" aria-label={`Delete ${label}`} onClick={() => setMode('delete')}>Delete…</button>
        </div>
      ) : null}
      {mode === 'edit' ? (
        <WatchlistEditForm entry={entry} onCancel={() => setMode('view')} onSave={(patch) => finish('Saved.')(actions.edit(entry.id, patch))} />
      ) : null}
      {mode === 'clear' ? (
        <WatchlistConfirm
          question={`Clear ${label}? The buyer stops matching; the entry and its history are kept.`}
          reasonLabel="Why is this buyer cleared?"
          confirm="Clear entry"
          onCancel={() => setMode('view')}
          onConfirm={(why) => finish('Cleared.')(actions.clear(entry.id, why ?? ''))}
        />
      ) : null}
      {mode === 'delete' ? (
        <WatchlistConfirm
          question={`Delete ${label} and its history for good? This cannot be undone; clearing keeps the history.`}
          confirm="Delete permanently"
          danger
          onCancel={() => setMode('view')}
          onConfirm={() => finish('Deleted.')(actions.remove(entry.id))}
        />
      ) : null}
      {note ? (
        <p role={note.error ? 'alert' : 'status'} class={note.error ? 'wl-error' : 'wl-done'}>
          {note.text}
        </p>
      ) : null}
    </li>
  );
}
