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

/** The team outbox as Options lists it: the oldest waiting changes (the ones sent next) and how many wait in all. */
export interface WaitingTeamChanges {
  waiting: WaitingTeamChange[];
  total: number;
}

/** What the waiting list shows from one `teamSyncStatus` answer: the outbox and the latest refusals. */
export interface TeamWaitingList extends WaitingTeamChanges {
  rejected: RejectedTeamChange[];
}
