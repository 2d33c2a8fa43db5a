import type { TeamWatchlistEntry, WatchlistChangeResult } from '../../rules/team/watchlist-protocol';
import { db } from '../db';
import type { RejectCode, RejectedTeamChange, TeamEntryVersions, TeamOutboxRecord } from './team-outbox-schema';
import { forgetOtherWorkspacePages, knownVersions, storeVersionPage, VERSION_PAGE_MIN } from './team-version-pages';

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
 * sync above all) the stored ones are not read, and a page of at least `VERSION_PAGE_MIN`
 * such entries is kept as one record (team-version-pages.ts) but for those with open
 * conflicts. Inside a transaction with `db.teamEntries`, `db.teamVersionPages` and `db.meta`.
 */
export async function storeTeamVersions(workspace: string, entries: readonly Pick<TeamWatchlistEntry, 'id' | 'seq' | 'fieldVersions' | 'openConflicts'>[]): Promise<void> {
  if (!entries.length) return;
  const mark = (await db.meta.get(STORED_UP_TO_KEY))?.value as StoredUpTo | undefined;
  if (mark?.workspace !== workspace) await forgetOtherWorkspacePages(workspace);
  const storedUpTo = mark?.workspace === workspace ? mark.seq : 0;
  const seqs = entries.map((entry) => entry.seq);
  let perEntry = entries;
  if (Math.min(...seqs) <= storedUpTo) {
    const known = await knownVersions(workspace, entries.map((entry) => entry.id));
    perEntry = entries.filter((entry) => entry.seq > (known.get(entry.id)?.seq ?? 0));
  } else if (entries.length >= VERSION_PAGE_MIN) {
    await storeVersionPage(workspace, entries.filter((entry) => !entry.openConflicts));
    perEntry = entries.filter((entry) => entry.openConflicts);
  }
  await db.teamEntries.bulkPut(
    perEntry.map(({ id, seq, fieldVersions, openConflicts }) => ({ id, workspace, seq, fieldVersions, ...(openConflicts ? { openConflicts } : {}) })),
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
  await db.transaction('rw', [db.teamOutbox, db.teamEntries, db.teamVersionPages, db.meta], async () => {
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

/** Conflicts on the team's entries that a lead has not resolved yet (an entry kept newer in a page record has none). */
export async function countOpenConflicts(workspace: string): Promise<number> {
  return db.transaction('r', [db.teamEntries, db.teamVersionPages], async () => {
    const open = await db.teamEntries.where('[workspace+openConflicts]').between([workspace, 1], [workspace, Infinity], true, true).toArray();
    const known = await knownVersions(workspace, open.map((entry) => entry.id));
    const resolved = (entry: TeamEntryVersions) => (known.get(entry.id)?.seq ?? 0) > entry.seq;
    return open.reduce((total, entry) => total + (resolved(entry) ? 0 : (entry.openConflicts ?? 0)), 0);
  });
}
