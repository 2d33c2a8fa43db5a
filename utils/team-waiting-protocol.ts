import type { WatchlistChangeOp, WatchlistSyncField } from '../rules/team/watchlist-protocol';
import type { RejectedTeamChange } from '../storage/team/team-outbox-schema';

/** One change of this install waiting in the team outbox, as Options → Team workspace lists it. */
export interface WaitingTeamChange {
  /** The outbox's order: sent oldest first. */
  seq: number;
  op: WatchlistChangeOp;
  entryId: string;
  /** The buyer as the agent recognises them (first name, proxy email or order id); null when unknown here. */
  buyer: string | null;
  /** When it was queued (ISO). */
  queuedAt: string;
  /** `edit`: the fields it sets. */
  fields?: WatchlistSyncField[];
  /** `extend`: the new review date (ISO). */
  until?: string;
  /** `clear`: why; `review`/`extend`/`reactivate`: the note. */
  note?: string;
}

/** The answer to `teamWaitingChanges`: what waits (oldest first, at most `limit`), how many in all, and the latest refusals. */
export interface TeamWaitingList {
  waiting: WaitingTeamChange[];
  total: number;
  rejected: RejectedTeamChange[];
}
