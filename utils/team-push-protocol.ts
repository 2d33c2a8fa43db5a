import type { RejectedTeamChange } from '../storage/team/team-outbox-schema';
import type { TeamProblem } from './team-protocol';
import type { WaitingTeamChanges } from './team-waiting-protocol';

/** What Options → Team workspace shows about sending (messages `teamSyncStatus`, `teamDismissRejected`). */
export interface TeamSyncStatus {
  /** Watchlist changes waiting to be sent: the oldest listed, and how many in all (one read). */
  outbox: WaitingTeamChanges;
  /** Audit entries and capture attestations waiting to be sent. */
  auditWaiting: number;
  attestWaiting: number;
  /** Conflicts on the team's entries a lead has not resolved. */
  conflicts: number;
  /** Changes the server or the role refused, newest last. */
  rejected: RejectedTeamChange[];
  lastSyncAt: string | null;
  online: boolean;
}

/** The answer to "Verify against team server" (message `teamVerifyHash`). */
export type TeamAttestationCheck =
  | { status: 'not-joined' }
  | { status: 'not-a-hash' }
  | { status: 'failed'; problem: TeamProblem }
  | { status: 'never-seen'; server: string }
  | { status: 'attested'; server: string; attestations: { agent: string; receivedAt: string; capturedAt: string; keyFingerprint: string }[] };
