import { z } from 'zod';

/** Everything that lands in the audit log. One kind per user-visible action. */
export const AUDIT_KINDS = [
  'capture',
  'draft-override',
  'watchlist-add',
  'watchlist-edit',
  'watchlist-review',
  'watchlist-clear',
  'watchlist-delete',
  'watchlist-import',
  'export',
  'restore',
  'retention',
  'settings',
  'template-use',
  'link-open-anyway',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const auditEntrySchema = z.object({
  id: z.number().int().positive().optional(),
  /** UTC, ISO 8601. */
  at: z.iso.datetime(),
  kind: z.enum(AUDIT_KINDS),
  /** Agent name from settings at the time of the action ("" when unset). */
  agent: z.string(),
  orderId: z.string().nullable(),
  /** One human sentence: what happened. */
  summary: z.string(),
  /** Kind-specific details (rule ids, reason, counts, hashes…). JSON-safe values only. */
  details: z.record(z.string(), z.unknown()),
  /** The team server's receipt once the entry was sent (storage/team/team-audit-outbox.ts). */
  teamReceipt: z.object({ workspace: z.string(), seq: z.number().int().positive(), receivedAt: z.string() }).optional(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
