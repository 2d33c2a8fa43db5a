import type { z } from 'zod';
import type { AuditReceipt, auditQuerySchema, StoredAuditEvent, teamAuditEventSchema } from '../../rules/team/audit-protocol';
import type { Queryable } from '../db/database';
import { isoOf, numberOf } from '../db/rows';
import type { Caller } from '../http/auth';

type AuditEvent = z.output<typeof teamAuditEventSchema>;
export type AuditFilter = z.output<typeof auditQuerySchema>;

/**
 * Appends the caller's events in one statement; an event id the member sent before is not
 * stored again and gets its original receipt (`duplicate: true`). Receipts in request order.
 */
export async function appendAuditEvents(db: Queryable, caller: Caller, events: AuditEvent[]): Promise<AuditReceipt[]> {
  const records = events.map((e) => ({ event_id: e.eventId, kind: e.kind, at: e.at, order_id: e.orderId, summary: e.summary, details: e.details }));
  const inserted = await db.query<{ event_id: string; seq: unknown; received_at: unknown }>(
    `INSERT INTO audit_events (workspace_id, member_id, agent, event_id, kind, at, order_id, summary, details)
     SELECT $1, $2, $3, e.event_id, e.kind, e.at, e.order_id, e.summary, e.details
       FROM jsonb_to_recordset($4::jsonb) AS e(event_id text, kind text, at timestamptz, order_id text, summary text, details jsonb)
     ON CONFLICT (workspace_id, member_id, event_id) DO NOTHING
     RETURNING event_id, seq, received_at`,
    [caller.workspaceId, caller.memberId, caller.name, JSON.stringify(records)],
  );
  const receipts = new Map<string, AuditReceipt>();
  for (const row of inserted.rows) {
    receipts.set(row.event_id, { eventId: row.event_id, seq: numberOf(row.seq), receivedAt: isoOf(row.received_at), duplicate: false });
  }
  const missing = events.map((e) => e.eventId).filter((id) => !receipts.has(id));
  if (missing.length) {
    const earlier = await db.query<{ event_id: string; seq: unknown; received_at: unknown }>(
      `SELECT event_id, seq, received_at FROM audit_events WHERE workspace_id = $1 AND member_id = $2 AND event_id = ANY($3::text[])`,
      [caller.workspaceId, caller.memberId, missing],
    );
    for (const row of earlier.rows) {
      receipts.set(row.event_id, { eventId: row.event_id, seq: numberOf(row.seq), receivedAt: isoOf(row.received_at), duplicate: true });
    }
  }
  return events.map((e) => receipts.get(e.eventId)!);
}

/** One page of the trail, newest first, filtered; `limit` rows at most. */
export async function readAuditEvents(db: Queryable, workspaceId: string, filter: AuditFilter): Promise<StoredAuditEvent[]> {
  const params: unknown[] = [workspaceId];
  const where = ['workspace_id = $1'];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.memberId) add('member_id::text = ?', filter.memberId);
  if (filter.kind) add('kind = ?', filter.kind);
  if (filter.from) add('at >= ?', filter.from);
  if (filter.to) add('at < ?', filter.to);
  if (filter.orderId) add('order_id = ?', filter.orderId);
  if (filter.before) add('seq < ?', filter.before);
  params.push(filter.limit);
  const { rows } = await db.query(
    `SELECT seq, event_id, member_id, agent, kind, at, order_id, summary, details, received_at
       FROM audit_events WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT $${params.length}`,
    params,
  );
  return rows.map((row) => ({
    seq: numberOf(row.seq),
    eventId: String(row.event_id),
    memberId: String(row.member_id),
    agent: String(row.agent),
    kind: String(row.kind),
    at: isoOf(row.at),
    orderId: (row.order_id as string | null) ?? null,
    summary: String(row.summary),
    details: row.details as Record<string, unknown>,
    receivedAt: isoOf(row.received_at),
  }));
}
