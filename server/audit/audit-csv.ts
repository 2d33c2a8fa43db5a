import type { StoredAuditEvent } from '../../rules/team/audit-protocol';
import { toCsv, type CsvValue } from '../../rules/csv';

export const AUDIT_CSV_HEADER = ['seq', 'at', 'received_at', 'agent', 'member_id', 'kind', 'order_id', 'summary', 'details', 'event_id'];

/** The trail as CSV for a spreadsheet: every text cell neutralised against formulas. */
export function auditCsv(events: readonly StoredAuditEvent[]): string {
  const rows: CsvValue[][] = events.map((e) => [
    e.seq,
    e.at,
    e.receivedAt,
    e.agent,
    e.memberId,
    e.kind,
    e.orderId,
    e.summary,
    JSON.stringify(e.details),
    e.eventId,
  ]);
  return toCsv([AUDIT_CSV_HEADER, ...rows], { bom: true });
}
