import type { WatchlistChange } from '../../rules/team/watchlist-protocol';
import { db } from '../db';

/**
 * A lead's review, extend or clear made while the team server did not answer (or while
 * other changes still wait): queued in the team outbox exactly as it would have been sent,
 * so the push loop (background/team/team-push.ts) sends it in order with the agent's own
 * changes. Its changeId is the one a first attempt may already have carried, so a request
 * whose answer was lost is still applied once.
 */
export async function queueLeadChange(workspace: string, change: WatchlistChange, now = new Date()): Promise<void> {
  await db.teamOutbox.add({ workspace, entryId: change.entryId, change, queuedAt: now.toISOString() });
}
