import { z } from 'zod';
import { policyResponseSchema, policyUpdateRequestSchema, type PolicyResponse } from '../rules/team/policy-protocol';
import { auditQuerySchema, type StoredAuditEvent } from '../rules/team/audit-protocol';
import { resolveConflictRequestSchema, type TeamWatchlistEntry, type WatchlistChangeResult, type WatchlistConflict } from '../rules/team/watchlist-protocol';

/**
 * Messages of the team policy and the leads' screens (Options → background; the background
 * alone talks to the server). Handlers: background/team/register-team-lead.ts.
 */

/** Why a leads' screen request failed: `teamLead.error.<kind>`, carried as the error message (`kind: detail`). */
export const TEAM_LEAD_ERROR_KINDS = ['not-joined', 'forbidden', 'unreachable', 'revoked', 'bad-request', 'not-found', 'server'] as const;
export type TeamLeadErrorKind = (typeof TEAM_LEAD_ERROR_KINDS)[number];

// ── Policy ──
export interface TeamPolicyView {
  /** Lead or admin: the policy form can be saved. */
  canEdit: boolean;
  /** The server did not answer: `current` is the copy this install last fetched. */
  offline: boolean;
  current: PolicyResponse;
}
/** `saved: false`: a colleague saved first (409); `current` is the team's policy now. */
export type TeamPolicySaveResult = { saved: boolean; current: PolicyResponse };
export const teamPolicySaveSchema = policyUpdateRequestSchema;
export { policyResponseSchema };

// ── Due reviews ──
export const teamReviewActionSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('review'), entryId: z.string().min(1).max(100), note: z.string().max(1000) }),
  z.object({ op: z.literal('extend'), entryId: z.string().min(1).max(100), note: z.string().max(1000), until: z.string().max(40) }),
  z.object({ op: z.literal('clear'), entryId: z.string().min(1).max(100), why: z.string().max(1000) }),
]);
export type TeamReviewAction = z.infer<typeof teamReviewActionSchema>;
/**
 * The server's answer, or `queued`: the server did not answer (or changes of this install
 * still wait, `behind`), so the action waits in the team outbox and is sent when it can be.
 */
export type TeamReviewOutcome = WatchlistChangeResult | { changeId: string; status: 'queued'; behind: boolean };
/** `before`: entries due by then (ISO; default now), so a lead can plan the coming weeks' reviews. */
export const teamDueQuerySchema = z.object({ before: z.iso.datetime({ offset: true }).optional() });
export type TeamDueQuery = z.infer<typeof teamDueQuerySchema>;
export interface TeamDueList {
  canEdit: boolean;
  entries: TeamWatchlistEntry[];
  hasMore: boolean;
}

// ── Conflicts ──
export interface TeamConflictList {
  canEdit: boolean;
  conflicts: WatchlistConflict[];
}
export const teamResolveSchema = z.object({ id: z.number().int().positive(), resolution: resolveConflictRequestSchema });
export type TeamResolve = z.input<typeof teamResolveSchema>;

// ── Audit trail ──
/** The trail's filters as Options sends them (the server's query, validated again there). */
export const teamTrailQuerySchema = auditQuerySchema.pick({ memberId: true, kind: true, from: true, to: true, orderId: true }).extend({
  before: z.number().int().nonnegative().default(0),
});
export type TeamTrailQuery = z.input<typeof teamTrailQuerySchema>;
export interface TeamTrailPage {
  events: StoredAuditEvent[];
  nextBefore: number | null;
}
/** The CSV exactly as the server made it (never parsed or rendered), and a file name. */
export interface TeamTrailCsv {
  fileName: string;
  text: string;
}
export type { WatchlistChangeResult };
