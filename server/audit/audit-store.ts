import type { z } from 'zod';
import type { AuditReceipt, auditQuerySchema, StoredAuditEvent, teamAuditEventSchema } from '../../rules/team/audit-protocol';
import type { Queryable } from '../db/database';
import { isoOf, numberOf } from '../db/rows';

export type AuditEvent = z.output<typeof teamAuditEventSchema>;
export type AuditFilter = z.output<typeof auditQuerySchema>;

export type ReceiptRow = { member_id: string; event_id: string; seq: unknown; received_at: unknown };
export const receiptKey = (memberId: string, eventId: string) => `${memberId} ${eventId}`;
export const receiptOf = (row: ReceiptRow, duplicate: boolean): AuditReceipt => ({
  eventId: row.event_id,
  seq: numberOf(row.seq),
  receivedAt: isoOf(row.received_at),
  duplicate,
});

/** The receipts of events stored before (a retry), by `receiptKey`, marked `duplicate`. */
export async function earlierReceipts(
  db: Queryable,
  keys: readonly { workspace_id: string; member_id: string; event_id: string }[],
): Promise<Map<string, AuditReceipt>> {
  const { rows } = await db.query<ReceiptRow>(
    `SELECT a.member_id, a.event_id, a.seq, a.received_at
       FROM audit_events a JOIN jsonb_to_recordset($1::jsonb) AS k(workspace_id uuid, member_id uuid, event_id text)
         ON a.workspace_id = k.workspace_id AND a.member_id = k.member_id AND a.event_id = k.event_id`,
    [JSON.stringify(keys)],
  );
  return new Map(rows.map((row) => [receiptKey(row.member_id, row.event_id), receiptOf(row, true)]));
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
