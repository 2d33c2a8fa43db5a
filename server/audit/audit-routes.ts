import type { FastifyInstance } from 'fastify';
import { AUDIT_PAGE_MAX, auditPushRequestSchema, auditQuerySchema } from '../../rules/team/audit-protocol';
import type { Database } from '../db/database';
import { authenticate, bearerToken, can } from '../http/auth';
import { badRequest, parseWith } from '../http/errors';
import { auditCsv } from './audit-csv';
import { hashSecret } from '../members/secrets';
import { auditPushBatcher } from './audit-push-batcher';
import { readAuditEvents } from './audit-store';

/** Rows in one CSV export. */
export const AUDIT_CSV_MAX_ROWS = 100_000;

export function registerAuditRoutes(app: FastifyInstance, db: Database): void {
  const pushes = auditPushBatcher(db);
  app.post('/v1/audit/events', async (request) => {
    const tokenHash = hashSecret(bearerToken(request));
    const body = auditPushRequestSchema.safeParse(request.body);
    if (body.success) return { receipts: await pushes.push({ tokenHash, events: body.data.events }) };
    // Who asks comes first (401/403), then what is wrong with the body.
    await authenticate(db, request, 'pushOwnRecords');
    throw badRequest(body.error);
  });

  app.get('/v1/audit/events', async (request) => {
    const caller = await authenticate(db, request, 'read');
    const filter = parseWith(auditQuerySchema, request.query);
    // An agent reads its own events only; leads, admins and auditors the team's.
    if (!can(caller, 'readTeamRecords')) filter.memberId = caller.memberId;
    const events = await readAuditEvents(db, caller.workspaceId, { ...filter, limit: Math.min(filter.limit, AUDIT_PAGE_MAX) });
    return { events, nextBefore: events.length === filter.limit ? events.at(-1)!.seq : null };
  });

  app.get('/v1/audit/events.csv', async (request, reply) => {
    const caller = await authenticate(db, request, 'readTeamRecords');
    const filter = parseWith(auditQuerySchema, request.query);
    const events = await readAuditEvents(db, caller.workspaceId, { ...filter, limit: AUDIT_CSV_MAX_ROWS });
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="seller-guard-team-audit-${day}.csv"`)
      .send(auditCsv(events));
  });
}
