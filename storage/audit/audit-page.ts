import type { AuditEntry, AuditKind } from './audit-schema';
import { db } from '../db';

export interface AuditFilter {
  kind?: AuditKind;
  orderId?: string;
  /** Inclusive start (UTC instant). */
  from?: Date;
  /** Exclusive end (UTC instant). */
  to?: Date;
}

/**
 * The newest `limit` audit entries matching `filter`, for the options page's viewer. Reads
 * newest first through the `at` (or `orderId`) index and stops at `limit`, so a long audit
 * log (one entry per capture) never loads whole.
 * @example await auditPage({ kind: 'export' }, 100)
 */
export async function auditPage(filter: AuditFilter, limit: number): Promise<AuditEntry[]> {
  const from = filter.from?.toISOString() ?? '';
  const to = filter.to?.toISOString() ?? '\uffff';
  const matches = (e: AuditEntry) => (!filter.kind || e.kind === filter.kind) && e.at >= from && e.at < to && (!filter.orderId || e.orderId === filter.orderId);
  if (filter.orderId) {
    const rows = await db.audit.where('orderId').equals(filter.orderId).filter(matches).toArray();
    return rows.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : (b.id ?? 0) - (a.id ?? 0))).slice(0, limit);
  }
  return db.audit.where('at').between(from, to, true, false).reverse().filter(matches).limit(limit).toArray();
}
