import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  conflictsQuerySchema,
  LEAD_WATCHLIST_OPS,
  resolveConflictRequestSchema,
  watchlistDueQuerySchema,
  watchlistPullQuerySchema,
  watchlistPushRequestSchema,
  type WatchlistChangeResult,
} from '../../rules/team/watchlist-protocol';
import type { Database } from '../db/database';
import { authenticate, requireCapability } from '../http/auth';
import { parseWith } from '../http/errors';
import { applyChange } from './apply-change';
import type { ChangeWaiters } from './change-waiters';
import { listConflicts, resolveConflict } from './conflicts';
import { dueEntries, pullEntries } from './watchlist-reads';
import { currentPolicyVersion } from '../policy/policy-store';

const conflictParams = z.object({ id: z.coerce.number().int().positive() });

export function registerWatchlistRoutes(app: FastifyInstance, db: Database, waiters: ChangeWaiters): void {
  app.post('/v1/watchlist/changes', async (request) => {
    const caller = await authenticate(db, request, 'addEntries');
    const { changes } = parseWith(watchlistPushRequestSchema, request.body);
    if (changes.some((change) => LEAD_WATCHLIST_OPS.includes(change.op))) requireCapability(caller, 'changeEntries');
    const results: WatchlistChangeResult[] = [];
    for (const change of changes) {
      const { result, seq } = await applyChange(db, caller, change);
      if (seq !== null) waiters.notify(caller.workspaceId, seq);
      results.push(result);
    }
    return { results };
  });

  app.get('/v1/watchlist/changes', async (request, reply) => {
    const caller = await authenticate(db, request, 'read');
    const query = parseWith(watchlistPullQuerySchema, request.query);
    // Asked only by pulls that name the policy version they hold (older clients see no change).
    const policyNow = () => (query.policy === undefined ? Promise.resolve(undefined) : currentPolicyVersion(db, caller.workspaceId));
    let page = await pullEntries(db, caller.workspaceId, query.after, query.limit);
    let policyVersion = await policyNow();
    if (!page.entries.length && query.wait > 0 && policyVersion === query.policy) {
      const gone = new AbortController();
      reply.raw.once('close', () => gone.abort());
      await waiters.wait(caller.workspaceId, query.after, query.wait, gone.signal, query.policy);
      if (!gone.signal.aborted) {
        page = await pullEntries(db, caller.workspaceId, query.after, query.limit);
        policyVersion = await policyNow();
      }
    }
    return policyVersion === undefined ? page : { ...page, policyVersion };
  });

  app.get('/v1/watchlist/due', async (request) => {
    const caller = await authenticate(db, request, 'readTeamRecords');
    const query = parseWith(watchlistDueQuerySchema, request.query);
    return dueEntries(db, caller.workspaceId, query.before ?? new Date().toISOString(), query.limit);
  });

  app.get('/v1/watchlist/conflicts', async (request) => {
    const caller = await authenticate(db, request, 'readTeamRecords');
    const query = parseWith(conflictsQuerySchema, request.query);
    return { conflicts: await listConflicts(db, caller.workspaceId, query.status, query.limit) };
  });

  app.post('/v1/watchlist/conflicts/:id/resolve', async (request) => {
    const caller = await authenticate(db, request, 'changeEntries');
    const { id } = parseWith(conflictParams, request.params);
    const resolution = parseWith(resolveConflictRequestSchema, request.body);
    const { result, seq } = await resolveConflict(db, caller, id, resolution);
    waiters.notify(caller.workspaceId, seq);
    return result;
  });
}
