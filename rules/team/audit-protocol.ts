import { z } from 'zod';
import { AUDIT_KINDS } from '../../storage/audit/audit-schema';
import { orderIdSchema } from '../../storage/watchlist/watchlist-schema';
import { clientIdSchema, isoInstantSchema, queryIntSchema } from './protocol';

/**
 * The team audit trail on the wire: members push their own events (append-only on the
 * server; the agent is the token's member, never a body field) and get a receipt each.
 */

/** The extension's audit kinds (storage/audit/audit-schema.ts): one list for the local log and the team's trail. */
export const TEAM_AUDIT_KINDS = AUDIT_KINDS;
export type TeamAuditKind = (typeof TEAM_AUDIT_KINDS)[number];

/** Largest `details` object, as JSON text. */
export const AUDIT_DETAILS_MAX_BYTES = 16 * 1024;

export const teamAuditEventSchema = z.object({
  /** Client-made, unique per member: a retry with the same id is stored once. */
  eventId: clientIdSchema,
  kind: z.enum(TEAM_AUDIT_KINDS, { error: `must be one of ${TEAM_AUDIT_KINDS.join(', ')}` }),
  at: isoInstantSchema,
  orderId: orderIdSchema.nullable().default(null),
  summary: z.string().max(1000).default(''),
  details: z
    .record(z.string(), z.unknown())
    .default({})
    .refine((details) => JSON.stringify(details).length <= AUDIT_DETAILS_MAX_BYTES, {
      message: `details must be at most ${AUDIT_DETAILS_MAX_BYTES / 1024} KB of JSON`,
    }),
});
export type TeamAuditEventInput = z.input<typeof teamAuditEventSchema>;

export const AUDIT_EVENTS_PER_REQUEST = 500;
/** `POST /v1/audit/events`. */
export const auditPushRequestSchema = z.object({
  events: z.array(teamAuditEventSchema).min(1).max(AUDIT_EVENTS_PER_REQUEST),
});

/** The server's receipt: keep it with the local entry. */
export const auditReceiptSchema = z.object({
  eventId: z.string(),
  /** Server sequence (increasing across the server; gaps possible). */
  seq: z.number().int().positive(),
  receivedAt: z.string(),
  /** True when this eventId was stored before (a retry): the receipt is the original one. */
  duplicate: z.boolean(),
});
export type AuditReceipt = z.infer<typeof auditReceiptSchema>;
export const auditPushResponseSchema = z.object({ receipts: z.array(auditReceiptSchema) });

/** A stored event as leads and auditors read it. */
export const storedAuditEventSchema = z.object({
  seq: z.number().int().positive(),
  eventId: z.string(),
  memberId: z.string(),
  agent: z.string(),
  kind: z.string(),
  at: z.string(),
  orderId: z.string().nullable(),
  summary: z.string(),
  details: z.record(z.string(), z.unknown()),
  receivedAt: z.string(),
});
export type StoredAuditEvent = z.infer<typeof storedAuditEventSchema>;

export const AUDIT_PAGE_MAX = 1000;
/** `GET /v1/audit/events` and `GET /v1/audit/events.csv` filters (all optional, combined with AND). */
export const auditQuerySchema = z.object({
  memberId: z.string().max(100).optional(),
  kind: z.enum(TEAM_AUDIT_KINDS).optional(),
  /** `at` from (inclusive) and to (exclusive). */
  from: isoInstantSchema.optional(),
  to: isoInstantSchema.optional(),
  orderId: orderIdSchema.optional(),
  /** Paging: events with `seq` below this (newest first); 0 = from the newest. */
  before: queryIntSchema(0, Number.MAX_SAFE_INTEGER, 0),
  limit: queryIntSchema(1, AUDIT_PAGE_MAX, 200),
});
export type AuditQuery = z.input<typeof auditQuerySchema>;
export const auditPageResponseSchema = z.object({
  events: z.array(storedAuditEventSchema),
  /** Send as `before` for the next (older) page; null when this was the last. */
  nextBefore: z.number().int().positive().nullable(),
});
