import type { FastifyRequest } from 'fastify';
import type { TeamRole } from '../../rules/team/protocol';
import type { Queryable } from '../db/database';
import { hashSecret } from '../members/secrets';
import { HttpError } from './errors';

/** Who is calling: always from the bearer token, never from the body. */
export interface Caller {
  memberId: string;
  name: string;
  role: TeamRole;
  workspaceId: string;
  workspaceName: string;
}

/** What each role may do (admins have lead rights; auditors read everything, change nothing). */
export const ROLES_THAT = {
  read: ['agent', 'lead', 'auditor', 'admin'],
  addEntries: ['agent', 'lead', 'admin'],
  pushOwnRecords: ['agent', 'lead', 'admin'],
  changeEntries: ['lead', 'admin'],
  editPolicy: ['lead', 'admin'],
  readTeamRecords: ['lead', 'auditor', 'admin'],
  listMembers: ['auditor', 'admin'],
  manageMembers: ['admin'],
} as const satisfies Record<string, readonly TeamRole[]>;
export type Capability = keyof typeof ROLES_THAT;

export function can(caller: Caller, capability: Capability): boolean {
  return (ROLES_THAT[capability] as readonly TeamRole[]).includes(caller.role);
}

export function requireCapability(caller: Caller, capability: Capability): void {
  if (!can(caller, capability)) {
    throw new HttpError(403, 'forbidden', `A member with the ${caller.role} role may not do this.`);
  }
}

export interface CallerRow {
  token_hash: string;
  id: string;
  name: string;
  role: TeamRole;
  revoked_at: unknown;
  workspace_id: string;
  workspace_name: string;
}

/** The bearer token of `Authorization: Bearer TOKEN`; 401 when there is none (no database needed). */
export function bearerToken(request: FastifyRequest): string {
  const header = request.headers.authorization ?? '';
  const token = /^Bearer ([A-Za-z0-9_-]{10,200})$/.exec(header)?.[1];
  if (!token) throw new HttpError(401, 'unauthenticated', 'Sign in: send Authorization: Bearer TOKEN (join the team with an invite code).');
  return token;
}

/** The members holding these token hashes (one indexed query, however many), by hash. */
export async function findCallers(db: Queryable, tokenHashes: readonly string[]): Promise<Map<string, CallerRow>> {
  const { rows } = await db.query<CallerRow>(
    `SELECT m.token_hash, m.id, m.name, m.role, m.revoked_at, m.workspace_id, w.name AS workspace_name
       FROM members m JOIN workspaces w ON w.id = m.workspace_id WHERE m.token_hash = ANY($1::text[])`,
    [tokenHashes],
  );
  return new Map(rows.map((row) => [row.token_hash, row]));
}

/** The caller a looked-up row stands for, checked: unknown (401), revoked (401), or without `capability` (403). */
export function callerFrom(row: CallerRow | undefined, capability: Capability): Caller {
  if (!row) throw new HttpError(401, 'unauthenticated', 'This token is not known to the team server: join again with a new invite code.');
  if (row.revoked_at) throw new HttpError(401, 'token-revoked', 'An admin removed you from this team: ask for a new invite code.');
  const caller = { memberId: row.id, name: row.name, role: row.role, workspaceId: row.workspace_id, workspaceName: row.workspace_name };
  requireCapability(caller, capability);
  return caller;
}

/**
 * The member behind `Authorization: Bearer TOKEN`, read from the database on every request
 * (so a revocation stops the member at once), checked against `capability`.
 */
export async function authenticate(db: Queryable, request: FastifyRequest, capability: Capability): Promise<Caller> {
  const tokenHash = hashSecret(bearerToken(request));
  return callerFrom((await findCallers(db, [tokenHash])).get(tokenHash), capability);
}
