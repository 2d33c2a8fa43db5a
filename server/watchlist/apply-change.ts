import type { WatchlistChangeResult, WatchlistConflict } from '../../rules/team/watchlist-protocol';
import type { Database, Queryable } from '../db/database';
import type { Caller } from '../http/auth';
import { recordConflicts } from './conflicts';
import { changeEntry, newEntry, type ParsedChange } from '../../rules/team/team-entry-change';
import { loadEntry, lockWatchlist, saveEntry, saveWatchlistSeq, toWireEntry } from './entry-row';

/**
 * Applies one change in its own transaction. The change id is recorded first (under the
 * workspace's watchlist lock), so a retried change is answered `duplicate` and applied once,
 * even when two requests carry it at the same moment. Returns the result and the new
 * sequence when the watchlist changed.
 */
export function applyChange(db: Database, caller: Caller, change: ParsedChange): Promise<{ result: WatchlistChangeResult; seq: number | null }> {
  return db.transaction(async (tx) => {
    const lastSeq = await lockWatchlist(tx, caller.workspaceId);
    const recorded = await tx.query(
      `INSERT INTO watchlist_changes (workspace_id, change_id, entry_id, member_id, op, status)
       VALUES ($1, $2, $3, $4, $5, 'pending') ON CONFLICT (workspace_id, change_id) DO NOTHING RETURNING change_id`,
      [caller.workspaceId, change.changeId, change.entryId, caller.memberId, change.op],
    );
    const current = await loadEntry(tx, caller.workspaceId, change.entryId);
    if (!recorded.rows.length) {
      return { result: { changeId: change.changeId, status: 'duplicate', entry: current && toWireEntry(current), conflicts: [] }, seq: null };
    }
    const seq = lastSeq + 1;
    const ctx = { seq, now: new Date().toISOString(), member: { id: caller.memberId, name: caller.name } };
    const outcome =
      change.op === 'add'
        ? current
          ? ({ kind: 'rejected', code: 'exists', message: `An entry with id ${change.entryId} already exists.` } as const)
          : ({ kind: 'changed', state: newEntry(change, ctx), conflicts: [] } as const)
        : current
          ? changeEntry(current, change, ctx)
          : ({ kind: 'rejected', code: 'not-found', message: `No watchlist entry with id ${change.entryId}.` } as const);

    if (outcome.kind === 'rejected') {
      await finishChange(tx, caller.workspaceId, change.changeId, 'rejected', null);
      return {
        result: {
          changeId: change.changeId,
          status: 'rejected',
          entry: current && toWireEntry(current),
          conflicts: [],
          error: { code: outcome.code, message: outcome.message },
        },
        seq: null,
      };
    }
    const changed = outcome.state.seq === seq;
    let conflicts: WatchlistConflict[] = [];
    if (changed) {
      await saveEntry(tx, caller.workspaceId, outcome.state);
      await saveWatchlistSeq(tx, caller.workspaceId, seq);
      conflicts = await recordConflicts(tx, caller, change, outcome.conflicts, ctx.now);
    }
    const status = conflicts.length ? 'conflict' : 'applied';
    await finishChange(tx, caller.workspaceId, change.changeId, status, changed ? seq : null);
    return {
      result: { changeId: change.changeId, status, entry: toWireEntry(outcome.state), conflicts },
      seq: changed ? seq : null,
    };
  });
}

async function finishChange(tx: Queryable, workspaceId: string, changeId: string, status: string, seq: number | null) {
  await tx.query('UPDATE watchlist_changes SET status = $3, seq = $4 WHERE workspace_id = $1 AND change_id = $2', [
    workspaceId,
    changeId,
    status,
    seq,
  ]);
}
