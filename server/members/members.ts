import { randomUUID } from 'node:crypto';
import type { TeamMember, TeamRole } from '../../rules/team/protocol';
import type { Queryable } from '../db/database';
import { isoOf, isoOrNull } from '../db/rows';
import { HttpError } from '../http/errors';
import { hashSecret, newToken } from './secrets';

interface MemberRow {
  id: string;
  name: string;
  role: TeamRole;
  created_at: unknown;
  revoked_at: unknown;
}

const MEMBER_COLUMNS = 'id, name, role, created_at, revoked_at';

export function toMember(row: MemberRow): TeamMember {
  return { id: row.id, name: row.name, role: row.role, createdAt: isoOf(row.created_at), revokedAt: isoOrNull(row.revoked_at) };
}

/** A new member with a fresh bearer token; returns the token (shown once, stored hashed). */
export async function addMember(
  tx: Queryable,
  workspaceId: string,
  name: string,
  role: TeamRole,
): Promise<{ member: TeamMember; token: string }> {
  const token = newToken();
  const { rows } = await tx.query<MemberRow>(
    `INSERT INTO members (id, workspace_id, name, role, token_hash) VALUES ($1, $2, $3, $4, $5) RETURNING ${MEMBER_COLUMNS}`,
    [randomUUID(), workspaceId, name, role, hashSecret(token)],
  );
  return { member: toMember(rows[0]!), token };
}

export async function listMembers(db: Queryable, workspaceId: string): Promise<TeamMember[]> {
  const { rows } = await db.query<MemberRow>(
    `SELECT ${MEMBER_COLUMNS} FROM members WHERE workspace_id = $1 ORDER BY created_at, name`,
    [workspaceId],
  );
  return rows.map(toMember);
}

/** Revokes a member of the workspace: its token stops working on the next request. */
export async function revokeMember(db: Queryable, workspaceId: string, memberId: string): Promise<TeamMember> {
  const { rows } = await db.query<MemberRow>(
    `UPDATE members SET revoked_at = coalesce(revoked_at, now())
      WHERE workspace_id = $1 AND id::text = $2 RETURNING ${MEMBER_COLUMNS}`,
    [workspaceId, memberId],
  );
  if (!rows[0]) throw new HttpError(404, 'not-found', 'No such member in this team.');
  return toMember(rows[0]);
}
