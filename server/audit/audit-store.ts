import type { z } from 'zod';
import type { AuditReceipt, auditQuerySchema, StoredAuditEvent, teamAuditEventSchema } from '../../rules/team/audit-protocol';
import type { Queryable } from '../db/database';
import { isoOf, numberOf } from '../db/rows';
import type { Caller } from '../http/auth';

type AuditEvent = z.output<typeof teamAuditEventSchema>;
export type AuditFilter = z.output<typeof auditQuerySchema>;

/** One member's events to append. */
export interface AuditPush {
  caller: Caller;
  events: AuditEvent[];
}

type ReceiptRow = { member_id: string; event_id: string; seq: unknown; received_at: unknown };
const receiptOf = (row: ReceiptRow, duplicate: boolean): AuditReceipt => ({
  eventId: row.event_id,
  seq: numberOf(row.seq),
  receivedAt: isoOf(row.received_at),
  duplicate,
});

/**
 * Appends several members' events in one statement (each row under its own member, from the
 * token, never the body); an event id a member sent before is not stored again and gets its
 * original receipt (`duplicate: true`). Receipts per push, in request order.
 */
export async function appendAuditPushes(db: Queryable, pushes: readonly AuditPush[]): Promise<AuditReceipt[][]> {
  const records = pushes.flatMap(({ caller, events }) =>
    events.map((e) => ({
      workspace_id: caller.workspaceId,
      member_id: caller.memberId,
      agent: caller.name,
      event_id: e.eventId,
      kind: e.kind,
      at: e.at,
      order_id: e.orderId,
      summary: e.summary,
      details: e.details,
    })),
  );
  const inserted = await db.query<ReceiptRow>(
    `INSERT INTO audit_events (workspace_id, member_id, agent, event_id, kind, at, order_id, summary, details)
     SELECT e.workspace_id, e.member_id, e.agent, e.event_id, e.kind, e.at, e.order_id, e.summary, e.details
       FROM jsonb_to_recordset($1::jsonb)
         AS e(workspace_id uuid, member_id uuid, agent text, event_id text, kind text, at timestamptz, order_id text, summary text, details jsonb)
     ON CONFLICT (workspace_id, member_id, event_id) DO NOTHING
     RETURNING member_id, event_id, seq, received_at`,
    [JSON.stringify(records)],
  );
  const key = (memberId: string, eventId: string) => `${memberId} ${eventId}`;
  const receipts = new Map(inserted.rows.map((row) => [key(row.member_id, row.event_id), receiptOf(row, false)]));
  const missing = records.filter((r) => !receipts.has(key(r.member_id, r.event_id)));
  if (missing.length) {
    // Sent before (a retry): the stored row's receipt.
    const earlier = await db.query<ReceiptRow>(
      `SELECT a.member_id, a.event_id, a.seq, a.received_at
         FROM audit_events a JOIN jsonb_to_recordset($1::jsonb) AS k(workspace_id uuid, member_id uuid, event_id text)
           ON a.workspace_id = k.workspace_id AND a.member_id = k.member_id AND a.event_id = k.event_id`,
      [JSON.stringify(missing.map(({ workspace_id, member_id, event_id }) => ({ workspace_id, member_id, event_id })))],
    );
    for (const row of earlier.rows) receipts.set(key(row.member_id, row.event_id), receiptOf(row, true));
  }
  return pushes.map(({ caller, events }) => events.map((e) => receipts.get(key(caller.memberId, e.eventId))!));
}

/** Appends one member's events: `appendAuditPushes` for one push. */
export async function appendAuditEvents(db: Queryable, caller: Caller, events: AuditEvent[]): Promise<AuditReceipt[]> {
  return (await appendAuditPushes(db, [{ caller, events }]))[0]!;
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
