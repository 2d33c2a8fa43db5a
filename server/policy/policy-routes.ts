import type { FastifyInstance } from 'fastify';
import { policyUpdateRequestSchema } from '../../rules/team/policy-protocol';
import type { Database } from '../db/database';
import { authenticate } from '../http/auth';
import { parseWith } from '../http/errors';
import type { ChangeWaiters } from '../watchlist/change-waiters';
import { currentPolicy, savePolicy } from './policy-store';

export function registerPolicyRoutes(app: FastifyInstance, db: Database, waiters: ChangeWaiters): void {
  app.get('/v1/policy', async (request) => {
    const caller = await authenticate(db, request, 'read');
    return currentPolicy(db, caller.workspaceId);
  });

  app.put('/v1/policy', async (request) => {
    const caller = await authenticate(db, request, 'editPolicy');
    const { baseVersion, policy } = parseWith(policyUpdateRequestSchema, request.body);
    const saved = await savePolicy(db, caller, baseVersion, policy);
    // Live pulls that named an older version end now: agents fetch the new policy at once.
    waiters.notifyPolicy(caller.workspaceId, saved.version);
    return saved;
  });
}
