import { toCsv } from '../../rules/csv';
import type { AuditEntry } from '../audit/audit-schema';

export const AUDIT_CSV_HEADER = ['id', 'at', 'kind', 'agent', 'order_id', 'summary', 'details'] as const;

/**
 * Audit entries as CSV (UTF-8 with BOM when `header`, CRLF), `details` as JSON. Every text
 * cell is neutralised against formula injection (rules/csv.ts): summaries quote buyer names.
 * @example auditCsv([entry], true) // '\ufeffid,at,kind,agent,order_id,summary,details\r\n1,2026-…'
 */
export function auditCsv(entries: readonly AuditEntry[], header: boolean): string {
  const rows = entries.map((e) => [e.id ?? null, e.at, e.kind, e.agent, e.orderId, e.summary, JSON.stringify(e.details)]);
  return toCsv([...(header ? [[...AUDIT_CSV_HEADER]] : []), ...rows], { bom: header });
}
