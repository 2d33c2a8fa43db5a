import type { z } from 'zod';
import type { TeamRole } from '../../../rules/team/protocol';
import { SellerGuardError, type ErrorCode } from '../../../utils/errors';
import type { TeamLeadErrorKind } from '../../../utils/team-lead-protocol';
import { teamFetch, TeamRequestError, type TeamRequest } from './team-client';
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

function kindOf(error: TeamRequestError): TeamLeadErrorKind {
  switch (error.code) {
    case 'forbidden':
      return 'forbidden';
    case 'unreachable':
      return 'unreachable';
    case 'unauthenticated':
    case 'token-revoked':
      return 'revoked';
    case 'bad-request':
    case 'payload-too-large':
      return 'bad-request';
    case 'not-found':
      return 'not-found';
    default:
      return 'server';
  }
}

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
  if (!(error instanceof TeamRequestError)) return error;
  return leadError(kindOf(error), error.code === 'bad-request' ? error.message : '');
}
