import type { WatchlistHistoryItem } from '../../storage/watchlist/watchlist-schema';
import { WATCHLIST_SYNC_FIELDS, type TeamWatchlistEntry, type WatchlistSyncField } from './watchlist-protocol';

/**
 * A team watchlist entry as the change logic (rules/team/team-entry-change.ts) works on it:
 * the server stores it so, and the extension rebuilds it from the wire form to show its own
 * unsent changes the way the server will apply them.
 */

/** The editable fields of an entry, each versioned. */
export type EntryFields = Pick<TeamWatchlistEntry, WatchlistSyncField>;

/** An entry as the change logic works on it (times as ISO strings). */
export interface EntryState {
  id: string;
  seq: number;
  status: 'active' | 'cleared';
  fields: EntryFields;
  fieldVersions: Partial<Record<WatchlistSyncField, number>>;
  addedBy: string;
  /** The server's member id of the author (empty on the extension, which is never told it). */
  addedByMember: string;
  addedAt: string;
  reviewedAt: string | null;
  reviewDue: string;
  cleared: TeamWatchlistEntry['cleared'];
  history: WatchlistHistoryItem[];
  updatedAt: string;
  openConflicts: number;
}

/** The wire form (`teamWatchlistEntrySchema`). */
export function toWireEntry(state: EntryState): TeamWatchlistEntry {
  return {
    id: state.id,
    seq: state.seq,
    status: state.status,
    ...state.fields,
    addedBy: state.addedBy,
    addedAt: state.addedAt,
    reviewedAt: state.reviewedAt,
    reviewDue: state.reviewDue,
    cleared: state.cleared,
    history: state.history,
    updatedAt: state.updatedAt,
    fieldVersions: state.fieldVersions,
    openConflicts: state.openConflicts,
  };
}

/** The change logic's form of a pulled entry. */
export function fromWireEntry(entry: TeamWatchlistEntry): EntryState {
  const fields = Object.fromEntries(WATCHLIST_SYNC_FIELDS.map((field) => [field, entry[field]])) as EntryFields;
  const { id, seq, status, fieldVersions, addedBy, addedAt, reviewedAt, reviewDue, cleared, history, updatedAt, openConflicts } = entry;
  return { id, seq, status, fields, fieldVersions, addedBy, addedByMember: '', addedAt, reviewedAt, reviewDue, cleared, history, updatedAt, openConflicts };
}
