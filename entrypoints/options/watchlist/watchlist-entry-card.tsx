import { useState } from 'preact/hooks';
import { dayText, reasonLabel, severityLabel } from '../../../utils/watchlist-warning-text';
import { entryLabel, isOverdue } from '../../../storage/watchlist/watchlist-entry';
import { type WatchlistEdit, type WatchlistEntry } from '../../../storage/watchlist/watchlist-schema';
import { WatchlistEditForm } from './watchlist-edit-form';
import { WatchlistConfirm } from './watchlist-confirm';
import { t } from '../../../locales/current';

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
  const none = t('watchlistEditor.none');

  const finish = (done: string) => async (result: Promise<string | null>) => {
    const error = await result;
    setNote(error ? { error: true, text: t('watchlistEditor.notDone', { error }) } : { error: false, text: done });
    if (!error) setMode('view');
    return error;
  };

  return (
    <li class={`wl-entry wl-${entry.status}${overdue ? ' wl-overdue' : ''}`} data-entry-id={entry.id} aria-label={label}>
      <h3>
        {label} <span class={`wl-severity wl-severity-${entry.severity}`}>{severityLabel(entry.severity)}</span>
        {entry.status === 'cleared' ? <span class="wl-flag"> {t('watchlistEditor.flag.cleared')}</span> : null}
        {overdue ? <span class="wl-flag wl-flag-overdue"> {t('watchlistEditor.flag.overdue')}</span> : null}
      </h3>
      <dl class="wl-facts">
        <dt>{t('watchlist.field.reason')}</dt>
        <dd>{reasonLabel(entry.reason)}</dd>
        <dt>{t('watchlistEditor.fact.names')}</dt>
        <dd>{entry.buyerNames.join(', ') || none}</dd>
        <dt>{t('watchlistEditor.fact.emails')}</dt>
        <dd>{entry.proxyEmails.join(', ') || none}</dd>
        <dt>{t('watchlist.field.orders')}</dt>
        <dd>{entry.orderIds.join(', ') || none}</dd>
        <dt>{t('watchlist.field.notes')}</dt>
        <dd class="wl-notes">{entry.notes || none}</dd>
        <dt>{t('watchlistEditor.fact.added')}</dt>
        <dd>{byAgent(entry.addedAt, entry.addedBy)}</dd>
        {entry.status === 'active' ? (
          <>
            <dt>{t('watchlistEditor.fact.reviewDue')}</dt>
            <dd>
              {entry.reviewedAt
                ? t('watchlistEditor.lastReviewed', { date: dayText(entry.reviewDue), reviewed: dayText(entry.reviewedAt) })
                : dayText(entry.reviewDue)}
            </dd>
          </>
        ) : (
          <>
            <dt>{t('watchlistEditor.fact.cleared')}</dt>
            <dd>
              {entry.cleared
                ? t('watchlistEditor.clearedWhy', { when: byAgent(entry.cleared.at, entry.cleared.by), why: entry.cleared.why })
                : none}
            </dd>
          </>
        )}
      </dl>
      {mode === 'view' && !readOnly ? (
        <div class="wl-actions">
          <button type="button" aria-label={t('watchlistEditor.editLabel', { label })} onClick={() => setMode('edit')}>
            {t('watchlistEditor.edit')}
          </button>
          {entry.status === 'active' ? (
            <>
              <button
                type="button"
                aria-label={t('watchlistEditor.reviewLabel', { label })}
                onClick={() => void finish(t('watchlistEditor.reviewed'))(actions.review(entry.id))}
              >
                {t('watchlistEditor.review')}
              </button>
              <button type="button" aria-label={t('watchlistEditor.clearLabel', { label })} onClick={() => setMode('clear')}>
                {t('watchlistEditor.clear')}
              </button>
            </>
          ) : null}
          <button type="button" class="wl-danger" aria-label={t('watchlistEditor.deleteLabel', { label })} onClick={() => setMode('delete')}>
            {t('watchlistEditor.delete')}
          </button>
        </div>
      ) : null}
      {mode === 'edit' ? (
        <WatchlistEditForm
          entry={entry}
          onCancel={() => setMode('view')}
          onSave={(patch) => finish(t('watchlistEditor.saved'))(actions.edit(entry.id, patch))}
        />
      ) : null}
      {mode === 'clear' ? (
        <WatchlistConfirm
          question={t('watchlistEditor.clearQuestion', { label })}
          reasonLabel={t('watchlistEditor.clearWhy')}
          confirm={t('watchlistEditor.clearConfirm')}
          onCancel={() => setMode('view')}
          onConfirm={(why) => finish(t('watchlistEditor.cleared'))(actions.clear(entry.id, why ?? ''))}
        />
      ) : null}
      {mode === 'delete' ? (
        <WatchlistConfirm
          question={t('watchlistEditor.deleteQuestion', { label })}
          confirm={t('watchlistEditor.deleteConfirm')}
          danger
          onCancel={() => setMode('view')}
          onConfirm={() => finish(t('watchlistEditor.deleted'))(actions.remove(entry.id))}
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

/** "5 Dec 2025 by Mia", or just the day when nobody is recorded. */
function byAgent(iso: string, agent: string | null | undefined): string {
  return agent ? t('watchlistEditor.by', { date: dayText(iso), agent }) : dayText(iso);
}
