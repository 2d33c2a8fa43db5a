import type { WatchlistSyncField } from '../../rules/team/watchlist-protocol';
import type { WaitingTeamChange, WaitingTeamChanges } from '../../utils/team-waiting-protocol';
import { db } from '../db';
import { readEntries, WATCHLIST_STORES } from '../watchlist/watchlist-records';
import type { TeamOutboxRecord } from './team-outbox-schema';

/** At most this many waiting changes are listed (the oldest, which are sent first). */
export const WAITING_LISTED = 50;

type Named = { buyerNames?: readonly string[]; proxyEmails?: readonly string[]; orderIds?: readonly string[] };

function buyerOf(entry: Named | undefined): string | null {
  return entry?.buyerNames?.[0] ?? entry?.proxyEmails?.[0] ?? entry?.orderIds?.[0] ?? null;
}

function listed(record: TeamOutboxRecord, local: Named | undefined): WaitingTeamChange {
  const { change } = record;
  const base = { seq: record.seq!, op: change.op, entryId: record.entryId, queuedAt: record.queuedAt };
  switch (change.op) {
    case 'add':
      return { ...base, buyer: buyerOf(change.entry) ?? buyerOf(local) };
    case 'edit':
      return { ...base, buyer: buyerOf(local) ?? buyerOf(change.set), fields: Object.keys(change.set) as WatchlistSyncField[] };
    case 'extend':
      return { ...base, buyer: buyerOf(local), until: change.until, note: change.note };
    case 'clear':
      return { ...base, buyer: buyerOf(local), note: change.why };
    default:
      return { ...base, buyer: buyerOf(local), note: change.note ?? '' };
  }
}

/**
 * The team changes of `workspace` still waiting to be sent, oldest first (the order they are
 * sent in), each named by its buyer as the local watchlist knows them. Reads only.
 */
export async function waitingTeamChanges(workspace: string, limit = WAITING_LISTED): Promise<WaitingTeamChanges> {
  return db.transaction('r', [db.teamOutbox, ...WATCHLIST_STORES], async () => {
    // An index lists equal keys in primary-key order: the oldest `limit` without reading the rest.
    const records = await db.teamOutbox.where('workspace').equals(workspace).limit(limit).toArray();
    const total = await db.teamOutbox.where('workspace').equals(workspace).count();
    const local = await readEntries([...new Set(records.map((r) => r.entryId))]);
    const byId = new Map(local.flatMap((entry) => (entry ? [[entry.id, entry] as const] : [])));
    return { waiting: records.map((record) => listed(record, byId.get(record.entryId))), total };
  });
}
