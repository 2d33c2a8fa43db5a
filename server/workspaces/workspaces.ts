import { randomUUID } from 'node:crypto';
import type { InviteResponse } from '../../rules/team/protocol';
import type { Database } from '../db/database';
import { HttpError } from '../http/errors';
import { createInvite } from '../members/invites';

export const DEFAULT_WORKSPACE = 'default';

export interface Workspace {
  id: string;
  name: string;
}

export async function findWorkspace(db: Database, name: string): Promise<Workspace | null> {
  const { rows } = await db.query<Workspace>('SELECT id, name FROM workspaces WHERE name = $1', [name]);
  return rows[0] ?? null;
}

export async function listWorkspaces(db: Database): Promise<Workspace[]> {
  return (await db.query<Workspace>('SELECT id, name FROM workspaces ORDER BY created_at, name')).rows;
}

/** A new workspace (team) and the one-time invite for its first admin. */
export async function createWorkspace(db: Database, name: string): Promise<{ workspace: Workspace; invite: InviteResponse }> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<Workspace>(
      'INSERT INTO workspaces (id, name) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING id, name',
      [randomUUID(), name],
    );
    if (!rows[0]) throw new HttpError(409, 'version-conflict', `A workspace named "${name}" already exists.`);
    const invite = await createInvite(tx, rows[0].id, { name: 'Admin', role: 'admin' });
    return { workspace: rows[0], invite };
  });
}

/**
 * The default workspace, made on first start. While it has no admin yet (nobody redeemed
 * the first invite), each start makes a fresh admin invite so the operator can join.
 */
export async function ensureDefaultWorkspace(db: Database): Promise<{ workspace: Workspace; invite: InviteResponse | null }> {
  const existing = await findWorkspace(db, DEFAULT_WORKSPACE);
  if (!existing) {
    try {
      return await createWorkspace(db, DEFAULT_WORKSPACE);
    } catch (error) {
      // Another server process made it at the same moment.
      if (!(error instanceof HttpError)) throw error;
      return { workspace: (await findWorkspace(db, DEFAULT_WORKSPACE))!, invite: null };
    }
  }
  const { rows } = await db.query(
    `SELECT 1 FROM members WHERE workspace_id = $1 AND role = 'admin' AND revoked_at IS NULL LIMIT 1`,
    [existing.id],
  );
  if (rows.length) return { workspace: existing, invite: null };
  return { workspace: existing, invite: await createInvite(db, existing.id, { name: 'Admin', role: 'admin' }) };
}

/** The workspace named, or a clear error listing the names that exist. */
export async function requireWorkspace(db: Database, name: string): Promise<Workspace> {
  const workspace = await findWorkspace(db, name);
  if (workspace) return workspace;
  const names = (await listWorkspaces(db)).map((w) => w.name).join(', ');
  throw new HttpError(404, 'not-found', `No workspace named "${name}" (there are: ${names || 'none'}).`);
}
