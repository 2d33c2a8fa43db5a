import { useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import { useTeamMayChangeEntries, useTeamRole } from '../team/use-team-role';
import { isOverdue } from '../../../storage/watchlist/watchlist-entry';
import { clearWatchlistEntry, deleteWatchlistEntry, editWatchlistEntry, reviewWatchlistEntry } from '../../../storage/watchlist/watchlist-store';
import { attempt, useWatchlist, type WatchlistFilter } from './use-watchlist';
import { WatchlistEntryCard, type EntryActions } from './watchlist-entry-card';
import { WatchlistTransfer } from './watchlist-import-export';
import './watchlist-section.css';

const actions: EntryActions = {
  edit: (id, patch) => attempt(() => editWatchlistEntry(id, patch)),
  review: (id) => attempt(() => reviewWatchlistEntry(id)),
  clear: (id, why) => attempt(() => clearWatchlistEntry(id, why)),
  remove: (id) => attempt(() => deleteWatchlistEntry(id)),
};

/**
 * Cards drawn at first and added per "Show more": a team list of thousands of entries would
 * otherwise be drawn again in full after every page of a sync (seconds of work each time).
 */
const CARDS_STEP = 100;

/**
 * The buyer watchlist on the options page: search, filter, edit, review, clear and delete
 * entries (every change is audited by storage/watchlist/watchlist-store.ts), and share the list as a file.
 */
export function WatchlistSection() {
  const [filter, setFilter] = useState<WatchlistFilter>({ text: '', status: 'active', overdueOnly: false });
  const entries = useWatchlist(filter);
  const [shown, setShown] = useState(CARDS_STEP);
  const mayChange = useTeamMayChangeEntries();
  const auditor = useTeamRole() === 'auditor';
  const now = new Date();
  const overdue = entries?.filter((entry) => isOverdue(entry, now)).length ?? 0;

  return (
    <div class="wl-section">
      <form class="wl-filter" role="search" aria-label={t('watchlistEditor.search')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('watchlistEditor.searchLabel')}
          <input type="search" value={filter.text} onInput={(e) => {
              setFilter({ ...filter, text: e.currentTarget.value });
              setShown(CARDS_STEP);
            }} />
        </label>
        <label>
          {t('watchlistEditor.show')}
          <select value={filter.status} onChange={(e) => setFilter({ ...filter, status: e.currentTarget.value as WatchlistFilter['status'] })}>
            <option value="active">{t('watchlistEditor.status.active')}</option>
            <option value="cleared">{t('watchlistEditor.status.cleared')}</option>
            <option value="all">{t('watchlistEditor.status.all')}</option>
          </select>
        </label>
        <label class="wl-inline">
          <input type="checkbox" checked={filter.overdueOnly} onChange={(e) => setFilter({ ...filter, overdueOnly: e.currentTarget.checked })} />{' '}
          {t('watchlistEditor.overdueOnly')}
        </label>
      </form>
      {entries === null ? (
        <p role="status">{t('watchlistEditor.loading')}</p>
      ) : (
        <>
          <p role="status" class="wl-count">
            {overdue
              ? t.plural('watchlistEditor.shownDue', entries.length, { due: overdue })
              : t.plural('watchlistEditor.shown', entries.length)}
            {entries.length > shown ? ` ${t('watchlistEditor.firstShown', { shown })}` : ''}
          </p>
          <ul class="wl-entries" aria-label={t('watchlistEditor.entries')}>
            {entries.slice(0, shown).map((entry) => (
              <WatchlistEntryCard key={entry.id} entry={entry} now={now} actions={actions} readOnly={!mayChange} />
            ))}
          </ul>
          {entries.length > shown ? (
            <button type="button" onClick={() => setShown(shown + CARDS_STEP)}>
              {t('watchlistEditor.showMore', { count: Math.min(CARDS_STEP, entries.length - shown) })}
            </button>
          ) : null}
        </>
      )}
      <WatchlistTransfer readOnly={auditor} />
    </div>
  );
}
