import type { z } from 'zod';
import type { TeamRole } from '../../../rules/team/protocol';
import { isTeamRequestError, SellerGuardError, type ErrorCode, type TeamRequestErrorCode } from '../../../utils/errors';
import type { TeamLeadErrorKind } from '../../../utils/team-lead-protocol';
import { teamFetch, type TeamRequest } from './team-client';
import { getTeamState, type TeamState } from './team-state';

/** Roles that may change the policy, the list's reviews and conflicts. */
export const EDITING_ROLES: readonly TeamRole[] = ['lead', 'admin'];
/** Roles that read the leads' screens (due list, conflicts, the team's trail). */
export const READING_ROLES: readonly TeamRole[] = ['lead', 'admin', 'auditor'];

const CODES: Record<TeamLeadErrorKind, ErrorCode> = {
  'not-joined': 'permission',
  forbidden: 'permission',
  unreachable: 'unavailable',
  revoked: 'permission',
  'bad-request': 'invalid-input',
  'not-found': 'not-found',
  server: 'unavailable',
};

/** A failure Options shows as `teamLead.error.<kind>` (the server's sentence after a colon, for bad input). */
export function leadError(kind: TeamLeadErrorKind, detail = ''): SellerGuardError {
  return new SellerGuardError(CODES[kind], detail ? `${kind}: ${detail}` : kind);
}

/** A failed team request as the leads' screens name it; any code not listed is `server`. */
const KIND_OF: Partial<Record<TeamRequestErrorCode, TeamLeadErrorKind>> = {
  'team-forbidden': 'forbidden',
  'team-unreachable': 'unreachable',
  'team-unauthorised': 'revoked',
  'team-revoked': 'revoked',
  'team-bad-request': 'bad-request',
  'team-too-large': 'bad-request',
  'team-not-found': 'not-found',
};

/** The joined team, when this install's role is one of `roles`; throws a `teamLead` error otherwise. */
export async function joinedAs(roles: readonly TeamRole[]): Promise<TeamState> {
  const state = await getTeamState();
  if (!state) throw leadError('not-joined');
  if (!roles.includes(state.member.role)) throw leadError('forbidden');
  return state;
}

/** One request for the leads' screens, its failure turned into an error Options can name. */
export async function leadFetch<S extends z.ZodType>(state: TeamState, path: string, schema: S, request: Omit<TeamRequest, 'token'> = {}): Promise<z.output<S>> {
  try {
    return await teamFetch(state.origin, path, schema, { ...request, token: state.token });
  } catch (error) {
    throw asLeadError(error);
  }
}

/** A failed team request as the leads' screens name it; any other error unchanged. */
export function asLeadError(error: unknown): unknown {
  if (!isTeamRequestError(error)) return error;
  return leadError(KIND_OF[error.code] ?? 'server', error.code === 'team-bad-request' ? error.message : '');
}
