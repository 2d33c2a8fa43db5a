import { policyResponseSchema, type PolicyResponse, type TeamPolicy } from '../../../rules/team/policy-protocol';
import { getCachedTeamPolicy, setCachedTeamPolicy } from '../../../storage/team/team-policy-cache';
import type { TeamPolicySaveResult, TeamPolicyView } from '../../../utils/team-lead-protocol';
import { hasCode } from '../../../utils/errors';
import { teamFetch } from './team-client';
import { asLeadError, EDITING_ROLES, joinedAs, leadFetch } from './team-lead-request';
import { getTeamState } from './team-state';
import { TEAM_ROLES } from '../../../rules/team/protocol';

/**
 * Fetch the team policy (`GET /v1/policy`) and cache it for the draft guard. Quietly does
 * nothing when not joined or the token was revoked; throws when the server does not answer
 * (the cached policy then stays in force).
 */
export async function refreshTeamPolicy(): Promise<PolicyResponse | null> {
  const state = await getTeamState();
  if (!state || state.problem === 'token-revoked') return null;
  const answer = await teamFetch(state.origin, '/v1/policy', policyResponseSchema, { token: state.token });
  if ((await getTeamState())?.workspace.id !== state.workspace.id) return null; // left meanwhile
  await setCachedTeamPolicy(state.workspace.id, answer);
  return answer;
}

/** Options → the policy as the server has it now (the cached one, marked offline, when it cannot be reached). */
export async function viewTeamPolicy(): Promise<TeamPolicyView> {
  const state = await joinedAs(TEAM_ROLES);
  const canEdit = EDITING_ROLES.includes(state.member.role);
  try {
    const answer = await leadFetch(state, '/v1/policy', policyResponseSchema);
    await setCachedTeamPolicy(state.workspace.id, answer);
    return { canEdit, offline: false, current: answer };
  } catch (error) {
    const cached = await getCachedTeamPolicy();
    if (!cached || cached.workspaceId !== state.workspace.id) throw error;
    const { workspaceId: _w, fetchedAt: _f, ...current } = cached;
    return { canEdit, offline: true, current };
  }
}

/**
 * A lead saves the policy (`PUT /v1/policy` from `baseVersion`). When a colleague saved first
 * the server answers 409: the caller gets the policy as it is now, and keeps what it typed.
 */
export async function saveTeamPolicy(baseVersion: number, policy: TeamPolicy): Promise<TeamPolicySaveResult> {
  const state = await joinedAs(EDITING_ROLES);
  try {
    const saved = await teamFetch(state.origin, '/v1/policy', policyResponseSchema, { method: 'PUT', token: state.token, body: { baseVersion, policy } });
    await setCachedTeamPolicy(state.workspace.id, saved);
    return { saved: true, current: saved };
  } catch (error) {
    if (!hasCode(error, 'team-conflict')) throw asLeadError(error);
    const current = await leadFetch(state, '/v1/policy', policyResponseSchema);
    await setCachedTeamPolicy(state.workspace.id, current);
    return { saved: false, current };
  }
}
