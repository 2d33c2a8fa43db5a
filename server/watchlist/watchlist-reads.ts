import type { TeamWatchlistEntry } from '../../rules/team/watchlist-protocol';
import type { Queryable } from '../db/database';
import { ENTRY_COLUMNS, toEntryState, toWireEntry } from './entry-row';

/** One page of a pull ($1 workspace, $2 after, $3 rows): one range of the (workspace_id, seq) index, already in order. */
export const PULL_SQL = `SELECT ${ENTRY_COLUMNS} FROM watchlist_entries WHERE workspace_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`;

/** Entries changed after `after` (a sequence), oldest change first, one page. */
export async function pullEntries(db: Queryable, workspaceId: string, after: number, limit: number) {
  const { rows } = await db.query(PULL_SQL, [workspaceId, after, limit + 1]);
  const entries: TeamWatchlistEntry[] = rows.slice(0, limit).map((row) => toWireEntry(toEntryState(row)));
  return { entries, cursor: entries.at(-1)?.seq ?? after, hasMore: rows.length > limit };
}

/** Active entries due for review by `before`, the longest overdue first. */
export async function dueEntries(db: Queryable, workspaceId: string, before: string, limit: number) {
  const { rows } = await db.query(
    `SELECT ${ENTRY_COLUMNS} FROM watchlist_entries
      WHERE workspace_id = $1 AND status = 'active' AND review_due <= $2 ORDER BY review_due, id LIMIT $3`,
    [workspaceId, before, limit + 1],
  );
  return { entries: rows.slice(0, limit).map((row) => toWireEntry(toEntryState(row))), hasMore: rows.length > limit };
}
