import type { z } from 'zod';
import type { resolveConflictRequestSchema, WatchlistConflict, WatchlistSyncField } from '../../rules/team/watchlist-protocol';
import { watchlistEditSchema } from '../../storage/watchlist/watchlist-schema';
import type { Database, Queryable } from '../db/database';
import { isoOf, isoOrNull, numberOf } from '../db/rows';
import type { Caller } from '../http/auth';
import { HttpError, parseWith } from '../http/errors';
import { brokenEntryRule, type ParsedChange, type ProposedConflict } from '../../rules/team/team-entry-change';
import { loadEntry, lockWatchlist, saveEntry, saveWatchlistSeq, toWireEntry, type EntryState } from './entry-row';

const CONFLICT_COLUMNS =
  'id, entry_id, field, base_version, current_version, current_value, proposed_value, proposed_by, proposed_at, change_id, resolved_by, resolved_at';

function toConflict(row: Record<string, unknown>): WatchlistConflict {
  return {
    id: numberOf(row.id),
    entryId: String(row.entry_id),
    field: row.field as WatchlistSyncField,
    baseVersion: numberOf(row.base_version),
    currentVersion: numberOf(row.current_version),
    currentValue: row.current_value,
    proposedValue: row.proposed_value,
    proposedBy: String(row.proposed_by),
    proposedAt: isoOf(row.proposed_at),
    changeId: String(row.change_id),
    status: row.resolved_at ? 'resolved' : 'open',
    resolvedBy: (row.resolved_by as string | null) ?? null,
    resolvedAt: isoOrNull(row.resolved_at),
  };
}

/** Keeps the fields an edit could not apply (changed meanwhile) for a lead to resolve. */
export async function recordConflicts(
  tx: Queryable,
  caller: Caller,
  change: ParsedChange,
  conflicts: readonly ProposedConflict[],
  now: string,
): Promise<WatchlistConflict[]> {
  const stored: WatchlistConflict[] = [];
  for (const conflict of conflicts) {
    const { rows } = await tx.query(
      `INSERT INTO watchlist_conflicts (workspace_id, entry_id, field, base_version, current_version, current_value,
         proposed_value, proposed_by, proposed_by_member, proposed_at, change_id)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8, $9, $10, $11) RETURNING ${CONFLICT_COLUMNS}`,
      [
        caller.workspaceId,
        change.entryId,
        conflict.field,
        conflict.baseVersion,
        conflict.currentVersion,
        JSON.stringify(conflict.currentValue),
        JSON.stringify(conflict.proposedValue),
        caller.name,
        caller.memberId,
        now,
        change.changeId,
      ],
    );
    stored.push(toConflict(rows[0]!));
  }
  return stored;
}

export async function listConflicts(db: Queryable, workspaceId: string, status: 'open' | 'resolved' | 'all', limit: number) {
  const where = status === 'open' ? 'AND resolved_at IS NULL' : status === 'resolved' ? 'AND resolved_at IS NOT NULL' : '';
  const { rows } = await db.query(
    `SELECT ${CONFLICT_COLUMNS} FROM watchlist_conflicts WHERE workspace_id = $1 ${where} ORDER BY id LIMIT $2`,
    [workspaceId, limit],
  );
  return rows.map(toConflict);
}

type Resolution = z.output<typeof resolveConflictRequestSchema>;

/**
 * A lead settles a conflict: keep the entry's value, take the proposed one, or set another
 * (validated like an edit). The entry gets a new sequence so every member pulls it.
 */
export function resolveConflict(db: Database, caller: Caller, conflictId: number, resolution: Resolution) {
  return db.transaction(async (tx) => {
    const lastSeq = await lockWatchlist(tx, caller.workspaceId);
    const { rows } = await tx.query(`SELECT ${CONFLICT_COLUMNS} FROM watchlist_conflicts WHERE workspace_id = $1 AND id = $2`, [
      caller.workspaceId,
      conflictId,
    ]);
    if (!rows[0]) throw new HttpError(404, 'not-found', `No conflict ${conflictId} in this team.`);
    const conflict = toConflict(rows[0]);
    if (conflict.status === 'resolved') throw new HttpError(409, 'version-conflict', `Conflict ${conflictId} was already resolved by ${conflict.resolvedBy}.`);
    const entry = (await loadEntry(tx, caller.workspaceId, conflict.entryId))!;
    const seq = lastSeq + 1;
    const now = new Date().toISOString();
    const next = settle(entry, conflict, resolution, { seq, now, by: caller.name });
    await saveEntry(tx, caller.workspaceId, next);
    await saveWatchlistSeq(tx, caller.workspaceId, seq);
    const done = await tx.query(
      `UPDATE watchlist_conflicts SET resolved_by = $3, resolved_at = $4 WHERE workspace_id = $1 AND id = $2 RETURNING ${CONFLICT_COLUMNS}`,
      [caller.workspaceId, conflictId, caller.name, now],
    );
    return { result: { conflict: toConflict(done.rows[0]!), entry: toWireEntry(next) }, seq };
  });
}

function settle(entry: EntryState, conflict: WatchlistConflict, resolution: Resolution, at: { seq: number; now: string; by: string }): EntryState {
  const field = conflict.field;
  const fields = { ...entry.fields };
  const versions = { ...entry.fieldVersions };
  let note = `conflict on ${field}: kept the current value`;
  if (resolution.choice !== 'current') {
    const value = resolution.choice === 'proposed' ? conflict.proposedValue : resolution.value;
    const parsed = parseWith(watchlistEditSchema, { [field]: value }) as Record<string, unknown>;
    (fields as Record<string, unknown>)[field] = parsed[field];
    versions[field] = at.seq;
    note = `conflict on ${field}: ${resolution.choice === 'proposed' ? `took ${conflict.proposedBy}'s value` : 'set a new value'}`;
    const broken = brokenEntryRule(fields, entry.status, entry.cleared);
    if (broken) throw new HttpError(400, 'bad-request', broken, { field });
  }
  return {
    ...entry,
    seq: at.seq,
    fields,
    fieldVersions: versions,
    updatedAt: at.now,
    openConflicts: Math.max(0, entry.openConflicts - 1),
    history: [...entry.history, { at: at.now, by: at.by, action: 'edited', fields: resolution.choice === 'current' ? [] : [field], note }],
  };
}
