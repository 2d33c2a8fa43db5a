import type { WatchlistChange, WatchlistSyncField } from '../../rules/team/watchlist-protocol';
import type { TeamRole } from '../../rules/team/protocol';

/**
 * Records of the team sync tables (schema version 4). Only the background sends them; the
 * options page and the background both queue changes, in the transaction of the local change.
 */

/** One watchlist change waiting to be sent to the team server (`teamOutbox`, oldest `seq` first). */
export interface TeamOutboxRecord {
  seq?: number;
  /** The workspace joined when the change was made: a change never goes to another team. */
  workspace: string;
  entryId: string;
  change: WatchlistChange;
  queuedAt: string;
}

/** What the server last told this install about one team entry (`teamEntries`). */
export interface TeamEntryVersions {
  id: string;
  workspace: string;
  /** Server sequence of the entry's last change. */
  seq: number;
  /** The version of each field: an edit's `base`. */
  fieldVersions: Partial<Record<WatchlistSyncField, number>>;
  /**
   * Conflicts a lead has not resolved yet; absent when none (written only when > 0, so the
   * `[workspace+openConflicts]` index holds just the entries with conflicts).
   */
  openConflicts?: number;
}

/**
 * The server's versions of a whole pulled page of team entries, kept as one record
 * (`teamVersionPages`, schema version 8): a first sync stores ten records for 10,000 entries
 * instead of 10,000. Column by column: `seqs[i]` and `fieldVersions[i]` are `entryIds[i]`'s.
 * Only entries without open conflicts; a later version of an entry goes to `teamEntries`,
 * and readers take the newer of the two (storage/team/team-version-pages.ts).
 */
export interface TeamVersionPage {
  id?: number;
  workspace: string;
  entryIds: string[];
  seqs: number[];
  fieldVersions: TeamEntryVersions['fieldVersions'][];
}

/** The server's receipt for one attested capture (`teamAttestations`). */
export interface TeamAttestationRecord {
  captureId: string;
  workspace: string;
  sha256: string;
  chainSeq: number;
  seq: number;
  receivedAt: string;
  keyFingerprint: string;
}

/** The joined team as the storage layer needs it: where a change goes and what the role may send. */
export interface TeamTarget {
  workspace: string;
  role: TeamRole;
  /** When this install joined: audit entries from then on go to the team. */
  joinedAt: string;
}

/** A change the server (or the role) refused: shown in Options until the agent dismisses it. */
export interface RejectedTeamChange {
  entryId: string;
  op: WatchlistChange['op'];
  /** `server`: the server's (or the schema's) words in `message`; otherwise the role could not make it. */
  code: RejectCode;
  message: string;
  at: string;
}

export const REJECT_CODES = ['server', 'agent-only-adds', 'auditor-reads'] as const;
export type RejectCode = (typeof REJECT_CODES)[number];
