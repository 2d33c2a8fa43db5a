import type { WatchlistEntry } from '../../storage/watchlist/watchlist-schema';
import { WATCHLIST_SYNC_FIELDS, type WatchlistSyncField } from './watchlist-protocol';

/**
 * Which team changes a local watchlist change stands for (pure): the entry before and after
 * the local write, turned into the protocol's ops. Order matters: an entry is reactivated
 * before it is edited, and edited before it is reviewed or cleared.
 */

export type SyncedEntry = Pick<WatchlistEntry, 'id' | 'status' | 'reviewedAt' | 'cleared' | 'history' | WatchlistSyncField>;

export type SyncFields = Pick<WatchlistEntry, WatchlistSyncField>;

export type TeamOpDraft =
  | { op: 'add'; entry: SyncFields }
  | { op: 'edit'; set: Partial<SyncFields> }
  | { op: 'review'; note: string }
  | { op: 'clear'; why: string }
  | { op: 'reactivate'; note: string };

/** What the team is told when an agent deletes a listed buyer: the team keeps it, cleared. */
export const DELETED_NOTE = 'Deleted from the watchlist on one install';

export function syncFieldsOf(entry: SyncFields): SyncFields {
  return Object.fromEntries(WATCHLIST_SYNC_FIELDS.map((field) => [field, entry[field]])) as SyncFields;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function lastNote(entry: SyncedEntry): string {
  return entry.history.at(-1)?.note ?? '';
}

/** The team ops for one local change of one entry (none when nothing the team holds changed). */
export function teamOpsBetween(before: SyncedEntry | undefined, after: SyncedEntry | undefined): TeamOpDraft[] {
  if (!before) return after ? [{ op: 'add', entry: syncFieldsOf(after) }] : [];
  if (!after) return before.status === 'active' ? [{ op: 'clear', why: DELETED_NOTE }] : [];
  const ops: TeamOpDraft[] = [];
  if (before.status === 'cleared' && after.status === 'active') ops.push({ op: 'reactivate', note: lastNote(after) });
  const set: Partial<SyncFields> = {};
  for (const field of WATCHLIST_SYNC_FIELDS) {
    if (!same(before[field], after[field])) Object.assign(set, { [field]: after[field] });
  }
  if (Object.keys(set).length) ops.push({ op: 'edit', set });
  if (after.status === 'active' && after.reviewedAt && after.reviewedAt !== before.reviewedAt) ops.push({ op: 'review', note: lastNote(after) });
  if (before.status === 'active' && after.status === 'cleared') ops.push({ op: 'clear', why: after.cleared?.why ?? DELETED_NOTE });
  return ops;
}
