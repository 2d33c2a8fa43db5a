import type { TeamWatchlistEntry, WatchlistChangeResult } from '../../rules/team/watchlist-protocol';
import { db } from '../db';
import type { RejectCode, RejectedTeamChange, TeamOutboxRecord } from './team-outbox-schema';

/**
 * What happens to queued team changes once the server answered: sent ones leave the outbox,
 * the server's versions of each entry are kept (the base of the next edit), refusals are kept
 * to show. Each answer is settled in one transaction.
 */

/** `db.meta` key of the latest refused changes (newest last, at most `REJECTED_KEPT`). */
const REJECTED_KEY = 'team-outbox-rejected';
const REJECTED_KEPT = 20;

/** The oldest changes waiting for `workspace`. */
export function nextOutboxBatch(workspace: string, limit: number): Promise<TeamOutboxRecord[]> {
  return db.teamOutbox.where('workspace').equals(workspace).sortBy('seq').then((rows) => rows.slice(0, limit));
}

/** `db.meta` key of the highest sequence stored in `db.teamEntries`: `{ workspace, seq }`. */
const STORED_UP_TO_KEY = 'team-versions-stored';

interface StoredUpTo {
  workspace: string;
  seq: number;
}

/**
 * Keep the server's sequence, field versions and open conflicts of each entry (newer only;
 * `openConflicts` only when there are some, so the conflict index stays as small as they are).
 * When every entry is newer than anything stored for the workspace (a pull's pages, the first
 * sync above all) the stored ones are not read. Inside a transaction with `db.teamEntries`
 * and `db.meta`.
 */
export async function storeTeamVersions(workspace: string, entries: readonly Pick<TeamWatchlistEntry, 'id' | 'seq' | 'fieldVersions' | 'openConflicts'>[]): Promise<void> {
  if (!entries.length) return;
  const mark = (await db.meta.get(STORED_UP_TO_KEY))?.value as StoredUpTo | undefined;
  const storedUpTo = mark?.workspace === workspace ? mark.seq : 0;
  const seqs = entries.map((entry) => entry.seq);
  let newer = entries;
  if (Math.min(...seqs) <= storedUpTo) {
    const known = await db.teamEntries.bulkGet(entries.map((entry) => entry.id));
    newer = entries.filter((entry, i) => !(known[i]?.workspace === workspace && known[i]!.seq > entry.seq));
  }
  await db.teamEntries.bulkPut(
    newer.map(({ id, seq, fieldVersions, openConflicts }) => ({ id, workspace, seq, fieldVersions, ...(openConflicts ? { openConflicts } : {}) })),
  );
  await db.meta.put({ key: STORED_UP_TO_KEY, value: { workspace, seq: Math.max(storedUpTo, ...seqs) } satisfies StoredUpTo });
}

/** A queued change dropped without sending, and why. */
export interface RefusedChange {
  record: TeamOutboxRecord;
  code: RejectCode;
  message: string;
}

export interface SettleOutcome {
  applied: number;
  conflicts: number;
  rejected: number;
}

/**
 * Settle one answer: `results` one per record of `sent` (same order); `refused` are records
 * dropped without sending (the role may not make them), each with its reason.
 */
export async function settleOutbox(
  workspace: string,
  sent: readonly TeamOutboxRecord[],
  results: readonly WatchlistChangeResult[],
  refused: readonly RefusedChange[] = [],
  now = new Date(),
): Promise<SettleOutcome> {
  const outcome: SettleOutcome = { applied: 0, conflicts: 0, rejected: refused.length };
  const rejected: RejectedTeamChange[] = refused.map(({ record, code, message }) => ({ entryId: record.entryId, op: record.change.op, code, message, at: now.toISOString() }));
  await db.transaction('rw', [db.teamOutbox, db.teamEntries, db.meta], async () => {
    const entries: TeamWatchlistEntry[] = [];
    sent.forEach((record, i) => {
      const result = results[i];
      if (!result) return;
      if (result.entry) entries.push(result.entry);
      if (result.status === 'conflict') outcome.conflicts++;
      else if (result.status === 'rejected') {
        outcome.rejected++;
        rejected.push({ entryId: record.entryId, op: record.change.op, code: 'server', message: result.error?.message ?? result.status, at: now.toISOString() });
      } else outcome.applied++;
    });
    await storeTeamVersions(workspace, entries);
    const done = [...sent.filter((_, i) => results[i]), ...refused.map((r) => r.record)];
    await db.teamOutbox.bulkDelete(done.map((r) => r.seq!));
    if (rejected.length) {
      const kept = ((await db.meta.get(REJECTED_KEY))?.value as RejectedTeamChange[] | undefined) ?? [];
      await db.meta.put({ key: REJECTED_KEY, value: [...kept, ...rejected].slice(-REJECTED_KEPT) });
    }
  });
  return outcome;
}

/** The latest refused changes, newest last. */
export async function rejectedChanges(): Promise<RejectedTeamChange[]> {
  return ((await db.meta.get(REJECTED_KEY))?.value as RejectedTeamChange[] | undefined) ?? [];
}

export async function dismissRejected(): Promise<void> {
  await db.meta.delete(REJECTED_KEY);
}

/** Conflicts on the team's entries that a lead has not resolved yet. */
export async function countOpenConflicts(workspace: string): Promise<number> {
  const open = await db.teamEntries.where('[workspace+openConflicts]').between([workspace, 1], [workspace, Infinity], true, true).toArray();
  return open.reduce((total, entry) => total + (entry.openConflicts ?? 0), 0);
}
