import { useState } from 'preact/hooks';
import { useTeamMayChangeEntries } from '../team/use-team-role';
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
  const now = new Date();
  const overdue = entries?.filter((entry) => isOverdue(entry, now)).length ?? 0;

  return (
    <div class="wl-section">
      <form class="wl-filter" role="search" aria-label="Search the watchlist" onSubmit={(e) => e.preventDefault()}>
        <label>
          Search (name, buyer email, order id or note)
          <input type="search" value={filter.text} onInput={(e) => {
              setFilter({ ...filter, text: e.currentTarget.value });
              setShown(CARDS_STEP);
            }} />
        </label>
        <label>
          Show
          <select value={filter.status} onChange={(e) => setFilter({ ...filter, status: e.currentTarget.value as WatchlistFilter['status'] })}>
            <option value="active">Active entries</option>
            <option value="cleared">Cleared entries</option>
            <option value="all">All entries</option>
          </select>
        </label>
        <label class="wl-inline">
          <input type="checkbox" checked={filter.overdueOnly} onChange={(e) => setFilter({ ...filter, overdueOnly: e.currentTarget.checked })} /> Only
          entries due for review
        </label>
      </form>
      {entries === null ? (
        <p role="status">Loading the watchlist…</p>
      ) : (
        <>
          <p role="status" class="wl-count">
            {entries.length > shown ? `${shown} of ` : ''}
            {entries.length} {entries.length === 1 ? 'entry' : 'entries'} shown
            {overdue ? `; ${overdue} due for review` : ''}.
          </p>
          <ul class="wl-entries" aria-label="Watchlist entries">
            {entries.slice(0, shown).map((entry) => (
              <WatchlistEntryCard key={entry.id} entry={entry} now={now} actions={actions} readOnly={!mayChange} />
            ))}
          </ul>
          {entries.length > shown ? (
            <button type="button" onClick={() => setShown(shown + CARDS_STEP)}>
              Show {Math.min(CARDS_STEP, entries.length - shown)} more
            </button>
          ) : null}
        </>
      )}
      <WatchlistTransfer />
    </div>
  );
}
