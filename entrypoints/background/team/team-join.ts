import { helloResponseSchema, joinResponseSchema, meResponseSchema, TEAM_PROTOCOL_VERSION } from '../../../rules/team/protocol';
import { parseServerAddress } from '../../../rules/team/server-address';
import { SellerGuardError, type ErrorCode } from '../../../utils/errors';
import { teamFetch } from './team-client';
import { getTeamState, patchTeamState, setTeamState, type TeamProblem, type TeamState } from './team-state';

export type TeamJoinOutcome = { joined: true } | { joined: false; problem: TeamProblem; detail: string };

/** The problem each failed team request stands for, as the agent is told it. */
const PROBLEM_OF: Partial<Record<ErrorCode, TeamProblem>> = {
  'team-unreachable': 'unreachable',
  'team-not-a-server': 'not-a-team-server',
  'team-protocol-mismatch': 'protocol-mismatch',
  'team-invite-invalid': 'invite-invalid',
  'team-invite-used': 'invite-used',
  'team-invite-expired': 'invite-expired',
  'team-revoked': 'token-revoked',
  'team-unauthorised': 'token-revoked',
};

/** The problem `error` stands for; any other failure is `server-error`. */
export function problemOf(error: unknown): TeamProblem {
  return (error instanceof SellerGuardError && PROBLEM_OF[error.code]) || 'server-error';
}

/**
 * Join a team: check the address, ask the server which protocol it speaks (`GET /v1/hello`,
 * so a version mismatch is named before the invite is spent), redeem the invite, and keep
 * the token. Nothing is stored unless every step succeeded.
 */
export async function joinTeam(address: string, inviteCode: string): Promise<TeamJoinOutcome> {
  const parsed = parseServerAddress(address);
  if (!parsed.ok) return { joined: false, problem: `address-${parsed.problem}`, detail: '' };
  try {
    const hello = await teamFetch(parsed.origin, '/v1/hello', helloResponseSchema);
    if (TEAM_PROTOCOL_VERSION < hello.protocol.min || TEAM_PROTOCOL_VERSION > hello.protocol.max) {
      const detail = `${TEAM_PROTOCOL_VERSION} / ${hello.protocol.min}–${hello.protocol.max}`;
      return { joined: false, problem: 'protocol-mismatch', detail };
    }
    const joined = await teamFetch(parsed.origin, '/v1/join', joinResponseSchema, { method: 'POST', body: { inviteCode: inviteCode.trim() } });
    const now = new Date().toISOString();
    await setTeamState({
      origin: parsed.origin,
      token: joined.token,
      member: { id: joined.member.id, name: joined.member.name, role: joined.member.role },
      workspace: joined.workspace,
      joinedAt: now,
      online: true,
      lastSyncAt: now,
      problem: null,
    });
    return { joined: true };
  } catch (error) {
    return { joined: false, problem: problemOf(error), detail: error instanceof Error ? error.message : '' };
  }
}

/** Leave the team: forget the token and the server on this install (an admin revokes it on the server). */
export async function leaveTeam(): Promise<void> {
  await setTeamState(null);
}

/**
 * Ask the server who we are (`GET /v1/me`): online or offline, and a revoked token stops
 * syncing for good (the agent must join again with a new invite).
 */
export async function checkTeam(): Promise<TeamState | null> {
  const state = await getTeamState();
  if (!state || state.problem === 'token-revoked') return state;
  try {
    await teamFetch(state.origin, '/v1/me', meResponseSchema, { token: state.token });
    return await patchTeamState({ online: true, problem: null, lastSyncAt: new Date().toISOString() });
  } catch (error) {
    const problem = problemOf(error);
    return await patchTeamState({ online: problem !== 'unreachable' && problem !== 'server-error', problem });
  }
}
