import type { PolicyResponse, TeamPolicy } from '../../rules/team/policy-protocol';
import { teamPolicySchema } from '../../rules/team/policy-protocol';
import type { Database, Queryable } from '../db/database';
import { isoOf, numberOf } from '../db/rows';
import type { Caller } from '../http/auth';
import { HttpError } from '../http/errors';

/** The newest saved version of the team's policy, or the empty version 0. */
export async function currentPolicy(db: Queryable, workspaceId: string): Promise<PolicyResponse> {
  const { rows } = await db.query(
    'SELECT version, policy, updated_by, updated_at FROM policies WHERE workspace_id = $1 ORDER BY version DESC LIMIT 1',
    [workspaceId],
  );
  const row = rows[0];
  if (!row) return { version: 0, policy: teamPolicySchema.parse({}), updatedBy: null, updatedAt: null };
  return { version: numberOf(row.version), policy: row.policy as TeamPolicy, updatedBy: String(row.updated_by), updatedAt: isoOf(row.updated_at) };
}

/** The number of the newest saved policy version (0: none yet): one index lookup, for every live pull that asks. */
export async function currentPolicyVersion(db: Queryable, workspaceId: string): Promise<number> {
  const { rows } = await db.query('SELECT coalesce(max(version), 0) AS version FROM policies WHERE workspace_id = $1', [workspaceId]);
  return numberOf(rows[0]?.version ?? 0);
}

/** Saves a new version when `baseVersion` is still the current one (the workspace row is locked meanwhile). */
export function savePolicy(db: Database, caller: Caller, baseVersion: number, policy: TeamPolicy): Promise<PolicyResponse> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT 1 FROM workspaces WHERE id = $1 FOR UPDATE', [caller.workspaceId]);
    const current = await currentPolicy(tx, caller.workspaceId);
    if (current.version !== baseVersion) {
      throw new HttpError(409, 'version-conflict', `The policy changed meanwhile (now version ${current.version}${current.updatedBy ? `, by ${current.updatedBy}` : ''}): reload it and make your change again.`);
    }
    await tx.query(
      'INSERT INTO policies (workspace_id, version, policy, updated_by, updated_by_member) VALUES ($1, $2, $3::jsonb, $4, $5)',
      [caller.workspaceId, baseVersion + 1, JSON.stringify(policy), caller.name, caller.memberId],
    );
    return currentPolicy(tx, caller.workspaceId);
  });
}
