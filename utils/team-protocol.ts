import type { TeamRole } from '../rules/team/protocol';

/** Why the team connection cannot sync: each has a sentence in the catalogues (`team.problem.*`). */
export const TEAM_PROBLEMS = [
  'address-empty',
  'address-not-a-url',
  'address-scheme',
  'address-plain-http',
  'address-credentials',
  'unreachable',
  'not-a-team-server',
  'protocol-mismatch',
  'invite-invalid',
  'invite-used',
  'invite-expired',
  'token-revoked',
  'server-error',
] as const;
export type TeamProblem = (typeof TEAM_PROBLEMS)[number];

/** The team connection as Options shows it (never the token). */
export interface TeamStatus {
  serverUrl: string;
  memberName: string;
  role: TeamRole;
  workspaceName: string;
  online: boolean;
  lastSyncAt: string | null;
  problem: TeamProblem | null;
}

export type TeamJoinResult = { joined: true; status: TeamStatus | null } | { joined: false; problem: TeamProblem; detail: string };

/** `browser.storage.local` key the background replaces after applying team watchlist changes; content scripts re-match on it. */
export const WATCHLIST_REVISION_STORAGE_KEY = 'watchlist-revision';
/** The `browser.storage.local` key of the joined team's record (written by the background only). */
export const TEAM_STORAGE_KEY = 'team';
