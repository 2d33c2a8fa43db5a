import type { TeamRole } from '../../rules/team/protocol';
import type { Queryable } from '../db/database';
import type { CallerRow } from '../http/auth';
import type { AuditEvent, ReceiptRow } from './audit-store';

/** Events to append for the member holding the token with this hash. */
export interface TokenPush {
  tokenHash: string;
  events: AuditEvent[];
}

type Row = Partial<CallerRow> & Partial<ReceiptRow> & { event_id: string | null };

/**
 * One statement for a batch of pushes: looks up every token and appends the events of each
 * member that may push (not revoked, role in `roles`) under that member, never a body field,
 * in request order; an event id the member stored before is skipped (ON CONFLICT). Returns
 * the members found, by token hash, and the rows appended. The caller still checks each
 * token with `callerFrom`, so a refused token gets its own 401/403 (its events were not stored).
 */
export async function appendForTokens(
  db: Queryable,
  pushes: readonly TokenPush[],
  roles: readonly TeamRole[],
): Promise<{ callers: Map<string, CallerRow>; inserted: ReceiptRow[] }> {
  const records = pushes.flatMap(({ tokenHash, events }) =>
    events.map((e) => ({ token_hash: tokenHash, event_id: e.eventId, kind: e.kind, at: e.at, order_id: e.orderId, summary: e.summary, details: e.details })),
  );
  const { rows } = await db.query<Row>(
    `WITH callers AS (
       SELECT m.token_hash, m.id, m.name, m.role, m.revoked_at, m.workspace_id, w.name AS workspace_name
         FROM members m JOIN workspaces w ON w.id = m.workspace_id WHERE m.token_hash = ANY($1::text[])
     ), inserted AS (
       INSERT INTO audit_events (workspace_id, member_id, agent, event_id, kind, at, order_id, summary, details)
       SELECT c.workspace_id, c.id, c.name, e.event_id, e.kind, e.at, e.order_id, e.summary, e.details
         FROM jsonb_to_recordset($2::jsonb)
           AS e(n int, token_hash text, event_id text, kind text, at timestamptz, order_id text, summary text, details jsonb)
         JOIN callers c ON c.token_hash = e.token_hash
        WHERE c.revoked_at IS NULL AND c.role = ANY($3::text[])
        ORDER BY e.n
       ON CONFLICT (workspace_id, member_id, event_id) DO NOTHING
       RETURNING member_id, event_id, seq, received_at
     )
     SELECT c.token_hash, c.id, c.name, c.role, c.revoked_at, c.workspace_id, c.workspace_name,
            NULL::uuid AS member_id, NULL::text AS event_id, NULL::bigint AS seq, NULL::timestamptz AS received_at
       FROM callers c
     UNION ALL
     SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, i.member_id, i.event_id, i.seq, i.received_at FROM inserted i`,
    [[...new Set(pushes.map((p) => p.tokenHash))], JSON.stringify(records.map((r, n) => ({ n, ...r }))), roles],
  );
  const callers = new Map<string, CallerRow>();
  const inserted: ReceiptRow[] = [];
  for (const row of rows) {
    if (row.event_id === null) callers.set(row.token_hash!, row as CallerRow);
    else inserted.push(row as ReceiptRow);
  }
  return { callers, inserted };
}
