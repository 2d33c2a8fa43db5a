import { toCsv } from '../../rules/csv';
import type { AuditEntry } from '../audit/audit-schema';
import { translator, type Translator } from '../../locales/translate';

/** The columns, in order; their header cells are in the export's language (English: these names). */
export const AUDIT_CSV_HEADER = ['id', 'at', 'kind', 'agent', 'order_id', 'summary', 'details'] as const;

/**
 * Audit entries as CSV (UTF-8 with BOM when `header`, CRLF), `details` as JSON. Every text
 * cell is neutralised against formula injection (rules/csv.ts): summaries quote buyer names.
 * The header row is in `t`'s language.
 * @example auditCsv([entry], true) // '\ufeffid,at,kind,agent,order_id,summary,details\r\n1,2026-…'
 */
export function auditCsv(entries: readonly AuditEntry[], header: boolean, t: Translator = translator('en')): string {
  const rows = entries.map((e) => [e.id ?? null, e.at, e.kind, e.agent, e.orderId, e.summary, JSON.stringify(e.details)]);
  const head = AUDIT_CSV_HEADER.map((column) => t(`pack.csv.audit.${column}`));
  return toCsv([...(header ? [head] : []), ...rows], { bom: header });
}
