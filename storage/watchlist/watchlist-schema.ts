import { z } from 'zod';
import { normalizeProxyEmail } from '../../rules/page/patterns';

/**
 * The buyer watchlist record: one abusive buyer, known by proxy email(s) and/or order ids
 * (the keys), with an objective reason, a severity, evidence and a review date. Stored
 * several hundred to a record (watchlist-chunks.ts) and written to watchlist export files.
 */

/** Objective reasons, in the order the UI offers them. `other` needs a note. */
export const WATCHLIST_REASONS = [
  'order-cancel',
  'false-claim',
  'review-extortion',
  'abusive-language',
  'return-abuse',
  'payment-fraud',
  'other',
] as const;
export type WatchlistReason = (typeof WATCHLIST_REASONS)[number];

/** English labels for the reasons (the UI shows these; files store the ids). */
export const WATCHLIST_REASON_LABELS: Record<WatchlistReason, string> = {
  'order-cancel': 'Repeated order-and-cancel',
  'false-claim': 'False not-received or A-to-z claims',
  'review-extortion': 'Review or feedback extortion',
  'abusive-language': 'Abusive or threatening language',
  'return-abuse': 'Return abuse (empty box, different or used item)',
  'payment-fraud': 'Payment or chargeback fraud',
  other: 'Other',
};

/** Most severe first. */
export const WATCHLIST_SEVERITIES = ['high', 'medium', 'watch'] as const;
export type WatchlistSeverity = (typeof WATCHLIST_SEVERITIES)[number];

export const WATCHLIST_HISTORY_ACTIONS = [
  'added',
  'merged',
  'edited',
  'reviewed',
  'cleared',
  'reactivated',
  'imported',
] as const;

/** An entry is due for review this many days after it was added or last reviewed. */
export const REVIEW_INTERVAL_DAYS = 90;

// ── Field schemas (shared with the add/edit inputs and the import file) ──────────────────

/** Already the stored form (what this extension and the team server write): once checked, it is its own ISO string. */
const STORED_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** UTC ISO 8601; any offset is accepted and stored as `…Z` so the strings sort by time. */
export const isoDateTimeSchema = z.iso
  .datetime({ offset: true, error: 'must be a date and time in ISO 8601 (2026-05-01T09:30:00Z)' })
  // A team's first sync checks five of these per entry: skip the Date round trip when it would change nothing.
  .transform((value) => (STORED_INSTANT.test(value) ? value : new Date(value).toISOString()));

export const proxyEmailSchema = z
  .string()
  .trim()
  .max(254)
  .transform(normalizeProxyEmail)
  .pipe(z.string().regex(/^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/, 'must be an email address (…@marketplace.amazon.…)'));

export const orderIdSchema = z
  .string()
  .trim()
  .regex(/^\d{3}-\d{7}-\d{7}$/, 'must be an Amazon order id like 112-3456789-0123456');

export const buyerNameSchema = z.string().trim().min(1, 'must not be empty').max(200);
export const notesSchema = z.string().trim().max(4000);
export const agentNameSchema = z.string().trim().max(120);

const uniqueList = <T extends z.ZodType<string, unknown>>(item: T, max: number) =>
  z.array(item).max(max).transform((items) => [...new Set(items)]);

export const evidenceSchema = z
  .object({
    /** Archived capture id, when the capture capability recorded one. */
    captureId: z.string().trim().min(1).max(100).nullable().default(null),
    orderId: orderIdSchema.nullable().default(null),
    /** Day of the incident, YYYY-MM-DD. */
    date: z.iso.date({ error: 'must be a date like 2026-05-01' }),
    note: z.string().trim().max(1000).default(''),
  })
  .refine((e) => e.captureId !== null || e.orderId !== null, {
    message: 'needs a capture id or an order id',
    path: ['orderId'],
  });

export const historyItemSchema = z.object({
  at: isoDateTimeSchema,
  by: agentNameSchema,
  action: z.enum(WATCHLIST_HISTORY_ACTIONS),
  /** Names of the fields the change touched (edits, merges, imports). */
  fields: z.array(z.string().max(40)).max(40).default([]),
  note: z.string().trim().max(1000).default(''),
});
export type WatchlistHistoryItem = z.output<typeof historyItemSchema>;

export const clearedSchema = z.object({
  by: agentNameSchema,
  at: isoDateTimeSchema,
  why: z.string().trim().min(1, 'say why the buyer was cleared').max(1000),
});

export const reasonSchema = z.enum(WATCHLIST_REASONS, {
  error: `must be one of ${WATCHLIST_REASONS.join(', ')}`,
});
export const severitySchema = z.enum(WATCHLIST_SEVERITIES, {
  error: `must be one of ${WATCHLIST_SEVERITIES.join(', ')}`,
});

/** The plain object shape (no refinements), so other schemas can pick from it. */
export const watchlistEntryShape = {
  id: z.string().trim().min(1).max(100),
  status: z.enum(['active', 'cleared'], { error: 'must be active or cleared' }),
  /** Names as Seller Central showed them; the first is the one to display. */
  buyerNames: uniqueList(buyerNameSchema, 20),
  /** Normalised proxy emails (lower case, `+case` tag removed). */
  proxyEmails: uniqueList(proxyEmailSchema, 20),
  orderIds: uniqueList(orderIdSchema, 500),
  /** `normalizeBuyerName` of each non-generic buyer name; derived, never edited directly. */
  nameKeys: z.array(z.string()).max(200),
  reason: reasonSchema,
  severity: severitySchema,
  notes: notesSchema,
  evidence: z.array(evidenceSchema).max(500),
  addedBy: agentNameSchema,
  addedAt: isoDateTimeSchema,
  reviewedAt: isoDateTimeSchema.nullable(),
  /** `REVIEW_INTERVAL_DAYS` after `reviewedAt ?? addedAt`. */
  reviewDue: isoDateTimeSchema,
  cleared: clearedSchema.nullable(),
  /** Oldest first. */
  history: z.array(historyItemSchema),
  updatedAt: isoDateTimeSchema,
};

/** Rules every entry obeys, whichever way it was made (add, edit, import). */
export function checkEntryRules(
  entry: {
    status?: string;
    reason?: string;
    notes?: string;
    cleared?: unknown;
    proxyEmails?: readonly string[];
    orderIds?: readonly string[];
  },
  ctx: z.RefinementCtx,
): void {
  if (entry.reason === 'other' && !entry.notes?.trim()) {
    ctx.addIssue({ code: 'custom', path: ['notes'], message: 'a note is required when the reason is "other"' });
  }
  if (!entry.proxyEmails?.length && !entry.orderIds?.length) {
    ctx.addIssue({ code: 'custom', path: ['proxyEmails'], message: 'needs a proxy email or an order id' });
  }
  if (entry.status === 'cleared' && !entry.cleared) {
    ctx.addIssue({ code: 'custom', path: ['cleared'], message: 'a cleared entry needs cleared by, at and why' });
  }
  if (entry.status === 'active' && entry.cleared) {
    ctx.addIssue({ code: 'custom', path: ['cleared'], message: 'an active entry cannot carry a clearing' });
  }
}

export const watchlistEntrySchema = z.object(watchlistEntryShape).superRefine(checkEntryRules);
export type WatchlistEntry = z.output<typeof watchlistEntrySchema>;

/**
 * What "Add to watchlist" sends, shaped like the page info the content script has: buyer
 * name, proxy email and order ids as read from the page (nulls allowed), plus the agent's
 * reason, severity and note. The background validates messages with this schema.
 */
export const watchlistAddInputSchema = z
  .object({
    // A blank name or email (nothing read from the page, an empty form field) counts as none.
    buyerName: z.string().trim().max(200).transform((name) => name || null).nullable().optional(),
    proxyEmail: z.string().trim().transform((email) => email || null).pipe(proxyEmailSchema.nullable()).nullable().optional(),
    orderIds: uniqueList(orderIdSchema, 500).default([]),
    reason: reasonSchema,
    severity: severitySchema,
    notes: notesSchema.default(''),
    evidence: z.array(evidenceSchema).max(500).default([]),
  })
  .superRefine((input, ctx) =>
    checkEntryRules({ ...input, proxyEmails: input.proxyEmail ? [input.proxyEmail] : [] }, ctx),
  );
export type WatchlistAddInput = z.input<typeof watchlistAddInputSchema>;

/** The fields an agent edits on the options page; omitted fields stay as they are. */
export const watchlistEditSchema = z
  .object({
    buyerNames: watchlistEntryShape.buyerNames,
    proxyEmails: watchlistEntryShape.proxyEmails,
    orderIds: watchlistEntryShape.orderIds,
    reason: reasonSchema,
    severity: severitySchema,
    notes: notesSchema,
    evidence: watchlistEntryShape.evidence,
  })
  .partial();
export type WatchlistEdit = z.input<typeof watchlistEditSchema>;

/**
 * A zod issue path as people read it: list positions 1-based in brackets.
 * @example fieldPath(['evidence', 0, 'date']) // 'evidence[1].date'
 */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part + 1}]` : `${i ? '.' : ''}${String(part)}`))
    .join('');
}

/** The first problem of a failed parse, as "field: message". */
export function describeZodError(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  return { field: issue ? fieldPath(issue.path) : '', message: issue?.message ?? 'invalid value' };
}
