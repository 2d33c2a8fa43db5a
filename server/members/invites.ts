import { randomUUID } from 'node:crypto';
import { INVITE_DEFAULT_DAYS, type InviteResponse, type JoinResponse, type TeamRole } from '../../rules/team/protocol';
import type { Database, Queryable } from '../db/database';
import { isoOf } from '../db/rows';
import { HttpError } from '../http/errors';
import { addMember } from './members';
import { hashSecret, newInviteCode } from './secrets';

/** A one-time invite into the workspace, valid `days` days; only its hash is stored. */
export async function createInvite(
  db: Queryable,
  workspaceId: string,
  invite: { name: string; role: TeamRole; expiresInDays?: number; createdBy?: string | null },
): Promise<InviteResponse> {
  const code = newInviteCode();
  const days = invite.expiresInDays ?? INVITE_DEFAULT_DAYS;
  const { rows } = await db.query<{ expires_at: unknown }>(
    `INSERT INTO invites (id, workspace_id, code_hash, name, role, created_by, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(days => $7)) RETURNING expires_at`,
    [randomUUID(), workspaceId, hashSecret(code), invite.name, invite.role, invite.createdBy ?? null, days],
  );
  return { code, name: invite.name, role: invite.role, expiresAt: isoOf(rows[0]!.expires_at) };
}

interface InviteRow {
  id: string;
  workspace_id: string;
  workspace_name: string;
  name: string;
  role: TeamRole;
  expired: boolean;
  used_at: unknown;
}

/** Redeems an invite code for a member and its token, once (the invite row is locked). */
export function redeemInvite(db: Database, code: string): Promise<JoinResponse> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<InviteRow>(
      `SELECT i.id, i.workspace_id, w.name AS workspace_name, i.name, i.role, i.used_at, i.expires_at <= now() AS expired
         FROM invites i JOIN workspaces w ON w.id = i.workspace_id WHERE i.code_hash = $1 FOR UPDATE OF i`,
      [hashSecret(code.trim())],
    );
    const invite = rows[0];
    if (!invite) throw new HttpError(400, 'invite-invalid', 'This invite code is not known: check it, or ask your admin for a new one.');
    if (invite.used_at) throw new HttpError(410, 'invite-used', 'This invite code was already used: ask your admin for a new one.');
    if (invite.expired) throw new HttpError(410, 'invite-expired', 'This invite code has expired: ask your admin for a new one.');
    const { member, token } = await addMember(tx, invite.workspace_id, invite.name, invite.role);
    await tx.query('UPDATE invites SET used_at = now(), used_by = $2 WHERE id = $1', [invite.id, member.id]);
    return { token, member, workspace: { id: invite.workspace_id, name: invite.workspace_name } };
  });
}
