import type { FastifyInstance } from 'fastify';
import { policyUpdateRequestSchema } from '../../rules/team/policy-protocol';
import type { Database } from '../db/database';
import { authenticate } from '../http/auth';
import { parseWith } from '../http/errors';
import { currentPolicy, savePolicy } from './policy-store';

export function registerPolicyRoutes(app: FastifyInstance, db: Database): void {
  app.get('/v1/policy', async (request) => {
    const caller = await authenticate(db, request, 'read');
    return currentPolicy(db, caller.workspaceId);
  });

  app.put('/v1/policy', async (request) => {
    const caller = await authenticate(db, request, 'editPolicy');
    const { baseVersion, policy } = parseWith(policyUpdateRequestSchema, request.body);
    return savePolicy(db, caller, baseVersion, policy);
  });
}
