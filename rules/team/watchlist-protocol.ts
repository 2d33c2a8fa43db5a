import { z } from 'zod';
import {
  checkEntryRules,
  clearedSchema,
  historyItemSchema,
  watchlistEditSchema,
  watchlistEntryShape,
} from '../../storage/watchlist/watchlist-schema';
import { clientIdSchema, isoInstantSchema, queryIntSchema } from './protocol';

/**
 * The team watchlist on the wire. Each entry carries a version per editable field (the
 * server sequence of the change that last set it): an edit names the version it started
 * from, so two members changing different fields both win, and the same field changed
 * concurrently is kept as a conflict for a lead. Pulls are incremental by server sequence.
 */

/** Fields an edit may set, each versioned on its own. */
export const WATCHLIST_SYNC_FIELDS = [
  'buyerNames',
  'proxyEmails',
  'orderIds',
  'reason',
  'severity',
  'notes',
  'evidence',
] as const;
export type WatchlistSyncField = (typeof WATCHLIST_SYNC_FIELDS)[number];

const fieldVersionsSchema = z.partialRecord(z.enum(WATCHLIST_SYNC_FIELDS), z.number().int().nonnegative());

/** An entry as the server holds it (no `nameKeys`: the extension derives those). */
export const teamWatchlistEntrySchema = z.object({
  id: watchlistEntryShape.id,
  /** Server sequence of the last change to this entry; pull cursors are these. */
  seq: z.number().int().positive(),
  status: watchlistEntryShape.status,
  buyerNames: z.array(z.string()),
  proxyEmails: z.array(z.string()),
  orderIds: z.array(z.string()),
  reason: watchlistEntryShape.reason,
  severity: watchlistEntryShape.severity,
  notes: z.string(),
  evidence: watchlistEntryShape.evidence,
  addedBy: z.string(),
  addedAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewDue: z.string(),
  cleared: clearedSchema.nullable(),
  history: z.array(historyItemSchema),
  updatedAt: z.string(),
  /** Version of each editable field: send these back as an edit's `base`. */
  fieldVersions: fieldVersionsSchema,
  /** Conflicts on this entry a lead has not resolved yet. */
  openConflicts: z.number().int().nonnegative(),
});
export type TeamWatchlistEntry = z.infer<typeof teamWatchlistEntrySchema>;

/** The fields of a new entry (what "Add to watchlist" decided). */
export const newEntryFieldsSchema = z
  .object({
    buyerNames: watchlistEntryShape.buyerNames.default([]),
    proxyEmails: watchlistEntryShape.proxyEmails.default([]),
    orderIds: watchlistEntryShape.orderIds.default([]),
    reason: watchlistEntryShape.reason,
    severity: watchlistEntryShape.severity,
    notes: watchlistEntryShape.notes.default(''),
    evidence: watchlistEntryShape.evidence.default([]),
  })
  .superRefine(checkEntryRules);

const changeBase = {
  /** Client-made, unique per workspace: a retry with the same id is applied once. */
  changeId: clientIdSchema,
  /** Client-made for `add` (a UUID; imported entries keep theirs); the entry's id otherwise. */
  entryId: watchlistEntryShape.id,
  /** When the member made the change (client clock; kept in history). */
  at: isoInstantSchema,
};

/**
 * One change in `POST /v1/watchlist/changes`. `add` is for every member but the auditor;
 * the others are for leads and admins.
 */
export const watchlistChangeSchema = z.discriminatedUnion('op', [
  z.object({ ...changeBase, op: z.literal('add'), entry: newEntryFieldsSchema }),
  z
    .object({
      ...changeBase,
      op: z.literal('edit'),
      set: watchlistEditSchema.refine((set) => Object.keys(set).length > 0, 'an edit sets at least one field'),
      /** The field versions the edit started from (from `fieldVersions`); one per field set. */
      base: fieldVersionsSchema,
      note: z.string().trim().max(1000).default(''),
    })
    .refine((c) => Object.keys(c.set).every((field) => field in c.base), {
      message: 'base needs the version of every field the edit sets',
      path: ['base'],
    }),
  z.object({ ...changeBase, op: z.literal('review'), note: z.string().trim().max(1000).default('') }),
  z.object({
    ...changeBase,
    op: z.literal('extend'),
    /** The new review date (at most a year ahead). */
    until: isoInstantSchema,
    note: z.string().trim().min(1, 'say why the review is put off').max(1000),
  }),
  z.object({ ...changeBase, op: z.literal('clear'), why: z.string().trim().min(1, 'say why the buyer was cleared').max(1000) }),
  z.object({ ...changeBase, op: z.literal('reactivate'), note: z.string().trim().max(1000).default('') }),
]);
export type WatchlistChange = z.input<typeof watchlistChangeSchema>;
export type WatchlistChangeOp = WatchlistChange['op'];
/** Ops only leads (and admins) may send. */
export const LEAD_WATCHLIST_OPS: readonly WatchlistChangeOp[] = ['edit', 'review', 'extend', 'clear', 'reactivate'];

export const WATCHLIST_CHANGES_PER_REQUEST = 200;
export const watchlistPushRequestSchema = z.object({
  changes: z.array(watchlistChangeSchema).min(1).max(WATCHLIST_CHANGES_PER_REQUEST),
});

export const conflictSchema = z.object({
  id: z.number().int().positive(),
  entryId: z.string(),
  field: z.enum(WATCHLIST_SYNC_FIELDS),
  /** The version the proposer edited from, and the version the field had instead. */
  baseVersion: z.number().int().nonnegative(),
  currentVersion: z.number().int().nonnegative(),
  /** The field's value when the conflict was recorded, and the value proposed. */
  currentValue: z.unknown(),
  proposedValue: z.unknown(),
  proposedBy: z.string(),
  proposedAt: z.string(),
  changeId: z.string(),
  status: z.enum(['open', 'resolved']),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
});
export type WatchlistConflict = z.infer<typeof conflictSchema>;

/**
 * Per change: `applied`; `conflict` (fields that changed meanwhile were kept as conflicts,
 * the rest applied); `duplicate` (this changeId was applied before: nothing done again);
 * `rejected` (cannot apply: `error` says why; retrying will not help).
 */
export const changeResultSchema = z.object({
  changeId: z.string(),
  status: z.enum(['applied', 'conflict', 'duplicate', 'rejected']),
  entry: teamWatchlistEntrySchema.nullable(),
  conflicts: z.array(conflictSchema),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type WatchlistChangeResult = z.infer<typeof changeResultSchema>;
export const watchlistPushResponseSchema = z.object({ results: z.array(changeResultSchema) });

/** `GET /v1/watchlist/changes?after=SEQ&limit=N&wait=S`: entries changed after the cursor. */
export const WATCHLIST_PAGE_MAX = 1000;
export const WATCHLIST_WAIT_MAX_SECONDS = 30;
export const watchlistPullQuerySchema = z.object({
  after: queryIntSchema(0, Number.MAX_SAFE_INTEGER, 0),
  limit: queryIntSchema(1, WATCHLIST_PAGE_MAX, 500),
  wait: queryIntSchema(0, WATCHLIST_WAIT_MAX_SECONDS, 0),
  /**
   * The team policy version the client holds (optional): the answer then carries
   * `policyVersion`, and a waiting pull also ends when the policy changes from this version.
   */
  policy: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});
export const watchlistPullResponseSchema = z.object({
  /** Oldest change first; each entry once, in its latest state. */
  entries: z.array(teamWatchlistEntrySchema),
  /** Send as the next `after`. Equals `after` when nothing changed. */
  cursor: z.number().int().nonnegative(),
  /** More entries wait beyond this page: pull again at once. */
  hasMore: z.boolean(),
  /** The team policy's current version (0: none saved), when the pull named `policy`; a different one means fetch the policy. */
  policyVersion: z.number().int().nonnegative().optional(),
});
export type WatchlistPullResponse = z.infer<typeof watchlistPullResponseSchema>;

/** `GET /v1/watchlist/due?before=ISO&limit=N`: active entries due for review, oldest due first. */
export const watchlistDueQuerySchema = z.object({
  before: isoInstantSchema.optional(),
  limit: queryIntSchema(1, WATCHLIST_PAGE_MAX, 200),
});
export const watchlistDueResponseSchema = z.object({ entries: z.array(teamWatchlistEntrySchema), hasMore: z.boolean() });

/** `GET /v1/watchlist/conflicts?status=open|resolved|all`. */
export const conflictsQuerySchema = z.object({
  status: z.enum(['open', 'resolved', 'all']).default('open'),
  limit: queryIntSchema(1, WATCHLIST_PAGE_MAX, 200),
});
export const conflictsResponseSchema = z.object({ conflicts: z.array(conflictSchema) });

/** `POST /v1/watchlist/conflicts/:id/resolve` (lead): keep the current value, take the proposed one, or set another. */
export const resolveConflictRequestSchema = z.discriminatedUnion('choice', [
  z.object({ choice: z.literal('current') }),
  z.object({ choice: z.literal('proposed') }),
  z.object({ choice: z.literal('value'), value: z.unknown() }),
]);
export const resolveConflictResponseSchema = z.object({ conflict: conflictSchema, entry: teamWatchlistEntrySchema });
