import type { EntryFields, EntryState } from '../../rules/team/team-entry-state';
import type { WatchlistHistoryItem } from '../../storage/watchlist/watchlist-schema';
import type { Queryable } from '../db/database';
import { isoOf, isoOrNull, numberOf } from '../db/rows';

export { toWireEntry, type EntryFields, type EntryState } from '../../rules/team/team-entry-state';

export const ENTRY_COLUMNS =
  'id, seq, status, fields, field_versions, added_by, added_by_member, added_at, reviewed_at, review_due, cleared, history, updated_at, open_conflicts';

export function toEntryState(row: Record<string, unknown>): EntryState {
  return {
    id: String(row.id),
    seq: numberOf(row.seq),
    status: row.status as EntryState['status'],
    fields: row.fields as EntryFields,
    fieldVersions: row.field_versions as EntryState['fieldVersions'],
    addedBy: String(row.added_by),
    addedByMember: String(row.added_by_member),
    addedAt: isoOf(row.added_at),
    reviewedAt: isoOrNull(row.reviewed_at),
    reviewDue: isoOf(row.review_due),
    cleared: (row.cleared as EntryState['cleared']) ?? null,
    history: row.history as WatchlistHistoryItem[],
    updatedAt: isoOf(row.updated_at),
    openConflicts: numberOf(row.open_conflicts),
  };
}

export async function loadEntry(tx: Queryable, workspaceId: string, entryId: string): Promise<EntryState | null> {
  const { rows } = await tx.query(`SELECT ${ENTRY_COLUMNS} FROM watchlist_entries WHERE workspace_id = $1 AND id = $2`, [
    workspaceId,
    entryId,
  ]);
  return rows[0] ? toEntryState(rows[0]) : null;
}

/** Inserts or overwrites the entry's row with `state`. */
export async function saveEntry(tx: Queryable, workspaceId: string, state: EntryState): Promise<void> {
  await tx.query(
    `INSERT INTO watchlist_entries (workspace_id, ${ENTRY_COLUMNS})
     VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7, $8, $9, $10, $11, $12::jsonb, $13::jsonb, $14, $15)
     ON CONFLICT (workspace_id, id) DO UPDATE SET
       seq = excluded.seq, status = excluded.status, fields = excluded.fields, field_versions = excluded.field_versions,
       reviewed_at = excluded.reviewed_at, review_due = excluded.review_due, cleared = excluded.cleared,
       history = excluded.history, updated_at = excluded.updated_at, open_conflicts = excluded.open_conflicts`,
    [
      workspaceId,
      state.id,
      state.seq,
      state.status,
      JSON.stringify(state.fields),
      JSON.stringify(state.fieldVersions),
      state.addedBy,
      state.addedByMember,
      state.addedAt,
      state.reviewedAt,
      state.reviewDue,
      state.cleared ? JSON.stringify(state.cleared) : null,
      JSON.stringify(state.history),
      state.updatedAt,
      state.openConflicts,
    ],
  );
}

/**
 * Locks the workspace's watchlist (its sequence row) until the transaction ends and returns
 * the last sequence. Every watchlist write takes this first: changes are applied one at a
 * time per workspace, so sequences are handed out in commit order, without gaps.
 */
export async function lockWatchlist(tx: Queryable, workspaceId: string): Promise<number> {
  const { rows } = await tx.query<{ watch_seq: unknown }>('SELECT watch_seq FROM workspaces WHERE id = $1 FOR UPDATE', [
    workspaceId,
  ]);
  return numberOf(rows[0]!.watch_seq);
}

export async function saveWatchlistSeq(tx: Queryable, workspaceId: string, seq: number): Promise<void> {
  await tx.query('UPDATE workspaces SET watch_seq = $2 WHERE id = $1', [workspaceId, seq]);
}
