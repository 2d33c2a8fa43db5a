import { auditEntrySchema, type AuditEntry, type AuditKind } from './audit-schema';
import { db } from '../db';
import { getSettings } from '../settings';

export interface AuditInput {
  kind: AuditKind;
  summary: string;
  orderId?: string | null;
  details?: Record<string, unknown>;
  /** Defaults to now. */
  at?: Date;
  /**
   * Agent name, read by the caller before its Dexie transaction. Without it the name is read
   * from settings (`browser.storage`), and awaiting that inside a transaction lets IndexedDB
   * commit the transaction early in a real browser.
   */
  agent?: string;
}

/**
 * Append one entry to the audit log, stamped with the agent name from settings.
 * Call it inside the same Dexie transaction as the change it records when there is one
 * (include `db.audit` in the transaction's tables).
 * @example await appendAudit({ kind: 'watchlist-add', summary: 'Added buyer J. Doe', orderId })
 */
export async function appendAudit(input: AuditInput): Promise<AuditEntry> {
  const agentName = input.agent ?? (await getSettings()).agentName;
  const entry = auditEntrySchema.parse({
    at: (input.at ?? new Date()).toISOString(),
    kind: input.kind,
    agent: agentName,
    orderId: input.orderId ?? null,
    summary: input.summary,
    details: input.details ?? {},
  });
  const id = await db.audit.add(entry);
  return { ...entry, id };
}

export interface AuditQuery {
  kind?: AuditKind;
  orderId?: string;
  from?: Date;
  to?: Date;
  limit?: number;
}

/** Newest first, filtered by kind, order id and a date range. */
export async function listAudit(query: AuditQuery = {}): Promise<AuditEntry[]> {
  const from = query.from?.toISOString() ?? '';
  const to = query.to?.toISOString() ?? '\uffff';
  const collection = query.orderId
    ? db.audit.where('orderId').equals(query.orderId)
    : db.audit.where('at').between(from, to, true, true);
  const rows = await collection
    .filter((e) => (!query.kind || e.kind === query.kind) && e.at >= from && e.at <= to)
    .toArray();
  rows.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : (b.id ?? 0) - (a.id ?? 0)));
  return query.limit ? rows.slice(0, query.limit) : rows;
}
