import { z } from 'zod';
import { isSellerCentralUrl } from '../rules/page/hosts';
import { PAGE_KINDS } from '../rules/page/page-kind';
import type { Result } from './result';
import type { ChainReport } from '../storage/chain/capture-chain';
import type {
  AutoCaptureOutcome,
  CaptureOutcome,
  CaptureProgress,
  CaptureRequest,
  CaptureSnapshot,
  CaptureTabRequest,
  PageGeometry,
  TileState,
} from './capture-protocol';
import type { WatchlistAddInput } from '../storage/watchlist/watchlist-schema';
import type { TeamJoinResult, TeamStatus } from './team-protocol';
import type { TeamAttestationCheck, TeamSyncStatus } from './team-push-protocol';
import type { TeamConflictList, TeamDueList, TeamDueQuery, TeamPolicySaveResult, TeamPolicyView, TeamResolve, TeamReviewAction, TeamReviewOutcome, TeamTrailCsv, TeamTrailPage, TeamTrailQuery } from './team-lead-protocol';
import type { PolicyResponse } from '../rules/team/policy-protocol';
import type { PickerTemplate, TemplateUse } from './templates-protocol';
import type { ClockSummary, SeenClock } from './clock-protocol';
import type { WatchlistAccess } from './team-access-protocol';
import type { WatchlistAddOutcome, WatchlistHit, WatchlistPageKeys, WatchlistRows } from './watchlist-protocol';

/**
 * The one messaging protocol of the extension. Each message takes one `data` object and
 * returns a plain value. Messages handled by the background validate `data` with the zod
 * schema next to them before touching storage; content-script handlers answer the popup
 * and the background about the page on screen.
 */

// ── Page recognition (content script ⇄ popup / background) ─────────────────────────────
export const pageInfoSchema = z.object({
  kind: z.enum(PAGE_KINDS),
  url: z.string(),
  marketplace: z.string().nullable(),
  orderId: z.string().nullable(),
  caseId: z.string().nullable(),
  buyerName: z.string().nullable(),
  buyerProxyEmail: z.string().nullable(),
  /** Order ids visible on the page (one on a detail page, many on a list). */
  orderIds: z.array(z.string()),
  /** Reader health: fields the page reader could not find. */
  missing: z.array(z.string()),
  /** True once the reader has seen the page's content (not just the loading spinner). */
  ready: z.boolean(),
});
export type PageInfo = z.infer<typeof pageInfoSchema>;

export const emptySchema = z.object({}).strict();

// ── Draft guard (content script → background) ──────────────────────────────────────────
/** "Send anyway" on a stopped reply: what the audit log records (the background adds time, agent, hash). */
export const draftOverrideSchema = z.object({
  /** The Seller Central page the reply was sent from. */
  url: z.url({ protocol: /^https$/ }).max(4096).refine(isSellerCentralUrl, 'Not a Seller Central page'),
  orderId: z.string().max(64).nullable(),
  /** Rule ids of the `block` findings the agent overrode. */
  ruleIds: z.array(z.string().min(1).max(120)).min(1).max(200),
  categories: z.array(z.string().min(1).max(60)).max(50),
  /** Why the agent sent it anyway, in their words. */
  reason: z.string().trim().min(1, 'A reason is required').max(2000),
  /** The draft exactly as sent. */
  draft: z.string().max(100_000),
});
export type DraftOverride = z.infer<typeof draftOverrideSchema>;

// ── Risky buyer messages (content script → background) ─────────────────────────────────
/** "Open anyway" on a flagged link in a buyer message: what the audit log records. */
export const linkOpenAnywaySchema = z.object({
  /** The Seller Central page the link was on. */
  url: z.url({ protocol: /^https$/ }).max(4096).refine(isSellerCentralUrl, 'Not a Seller Central page'),
  orderId: z.string().max(64).nullable(),
  /** The link as the browser would open it. */
  href: z.url({ protocol: /^https?$/ }).max(4096),
  /** Its host decoded (Unicode) and raw (punycode), and why it was flagged. */
  host: z.string().min(1).max(300),
  asciiHost: z.string().min(1).max(300),
  kind: z.string().min(1).max(40),
});
export type LinkOpenAnyway = z.infer<typeof linkOpenAnywaySchema>;

export interface ProtocolMap {
  // ── Page recognition ──
  /** Asked of the content script in a tab by the popup and the background. */
  getPageInfo(data: Record<string, never>): PageInfo | null;

  // ── Evidence capture (schemas in utils/capture-protocol.ts) ──
  /** In-page button → background: capture the sender's tab. */
  captureFromPage(data: CaptureRequest): Result<CaptureOutcome>;
  /** Popup → background: capture a tab (activeTab was granted by opening the popup). */
  captureTab(data: CaptureTabRequest): Result<CaptureOutcome>;
  /** Content script → background on a visit: archive the page if auto-capture is on and it changed. */
  autoCapture(data: Record<string, never>): Result<AutoCaptureOutcome>;
  /** Check the whole archive's hash chain and screenshots. */
  verifyArchive(data: Record<string, never>): Result<ChainReport>;
  /** Background → content: the page's data and text for a capture. */
  getCaptureSnapshot(data: { mask: boolean }): CaptureSnapshot;
  /** Background → content: hide Seller Guard's UI (visible capture) or measure what scrolls (full page). */
  prepareCapture(data: { fullPage: boolean; mask: boolean }): PageGeometry;
  /** Background → content: scroll the page for tile `index` (fixed/sticky parts hidden after the first). */
  scrollTile(data: { index: number; y: number; mask: boolean }): TileState;
  /** Background → content: hide Seller Guard's own UI and resolve once that is painted (just before a shot). */
  hideForShot(data: Record<string, never>): void;
  /** Background → content: undo prepareCapture/scrollTile (scroll position, hidden elements, UI). */
  restorePage(data: Record<string, never>): void;
  /** Background → content: progress and result, shown by the in-page capture panel. */
  captureProgress(data: CaptureProgress): void;

  // ── Draft guard ──
  /** Record a reply sent despite `block` findings; returns the audit entry id and the draft's SHA-256. */
  recordDraftOverride(data: DraftOverride): Result<{ id: number; sha256: string }>;

  // ── Risky buyer messages (background/buyer-messages/record-link-open.ts) ──
  /** Record that the agent opened a flagged link anyway; returns the audit entry id. */
  recordLinkOpenAnyway(data: LinkOpenAnyway): Result<{ id: number }>;

  // ── Watchlist (schemas in utils/watchlist-protocol.ts; handlers in background/watchlist/register-watchlist.ts) ──
  /** Content script / popup → background: listed buyers matching a page's buyer, strong first. */
  matchWatchlistPage(data: WatchlistPageKeys): Result<WatchlistHit[]>;
  /** Content script → background: the same for many order list rows, one hit list per row. */
  matchWatchlistRows(data: WatchlistRows): Result<WatchlistHit[][]>;
  /** In-page "Add to watchlist" → background: add the buyer, or merge into their listed entry. */
  addToWatchlist(data: WatchlistAddInput): Result<WatchlistAddOutcome>;
  /** Options page → background: the watchlist changed; recount entries overdue for review. */
  refreshWatchlistBadge(data: Record<string, never>): Result<{ overdue: number }>;

  // ── First run (background/welcome/register-welcome.ts) ──
  /** In-page "Set your name" → background: open (or focus) the welcome page. */
  openWelcome(data: Record<string, never>): Result<null>;
  // ── Team workspace (types in utils/team-protocol.ts; handlers in background/team/register-team.ts) ──
  /** Options → background: check the address, ask the server's protocol, redeem the invite. */
  teamJoin(data: { serverUrl: string; inviteCode: string }): Result<TeamJoinResult>;
  /** Options → background: forget the team on this install. */
  teamLeave(data: Record<string, never>): Result<null>;
  /** Options → background: the connection (`refresh` asks the server first); null when not joined. */
  teamStatus(data: { refresh: boolean }): Result<TeamStatus | null>;
  // ── Team push: outbox, audit receipts, attestations (utils/team-push-protocol.ts; background/team/register-team-push.ts) ──
  /** Options → background: changes waiting (the oldest listed), conflicts, refused changes, last sync; null when not joined (polled while Options shows the team). */
  teamSyncStatus(data: Record<string, never>): Result<TeamSyncStatus | null>;
  /** Options → background: forget the list of refused changes. */
  teamDismissRejected(data: Record<string, never>): Result<null>;
  /** Popup / Options → background: who attested this capture hash on the team server. */
  teamVerifyHash(data: { sha256: string }): Result<TeamAttestationCheck>;
  // ── Team policy and leads' screens (types in utils/team-lead-protocol.ts; handlers in background/team/register-team-lead.ts) ──
  /** Options → background: the team policy now (or the cached copy when offline), and whether this member may edit it. */
  teamPolicy(data: Record<string, never>): Result<TeamPolicyView>;
  /** Options (lead) → background: save the policy from `baseVersion`; `saved: false` when a colleague saved first. */
  teamPolicySave(data: { baseVersion: number; policy: PolicyResponse['policy'] }): Result<TeamPolicySaveResult>;
  /** Options (lead, auditor) → background: the team's entries due for review. */
  teamDue(data: TeamDueQuery): Result<TeamDueList>;
  /** Options (lead) → background: review, extend or clear one team entry. */
  teamReview(data: TeamReviewAction): Result<TeamReviewOutcome>;
  /** Options (lead, auditor) → background: open watchlist conflicts. */
  teamConflicts(data: Record<string, never>): Result<TeamConflictList>;
  /** Options (lead) → background: resolve one conflict. */
  teamResolveConflict(data: TeamResolve): Result<null>;
  /** Options (lead, auditor) → background: one page of the team's audit trail. */
  teamTrail(data: TeamTrailQuery): Result<TeamTrailPage>;
  /** Options (lead, auditor) → background: the filtered trail as the server's CSV text. */
  teamTrailCsv(data: TeamTrailQuery): Result<TeamTrailCsv>;

  // ── Reply templates (schemas in utils/templates-protocol.ts; handlers in background/templates/register-templates.ts) ──
  /** Reply box picker → background: the library's current templates (the starter set placed on first run). */
  listPickerTemplates(data: Record<string, never>): Result<PickerTemplate[]>;
  /** Content script → background when a reply inserted from a template is sent: one `template-use` audit entry. */
  recordTemplateUse(data: TemplateUse): Result<{ id: number; sha256: string }>;
  /** Options (lead, admin) → background: publish a local template to the team policy; the policy version holding it. */
  publishTemplateToTeam(data: { id: string }): Result<{ version: number }>;
  // Response clock
  /** Content script → background: what this page showed of each case's clock (kept for a day, counted on the badge). */
  reportResponseClocks(data: { clocks: SeenClock[] }): Result<null>;
  /** Content script → background: what was seen of these cases, by case id (due time, or null: no answer needed). */
  seenResponseClocks(data: { caseIds: string[] }): Result<Record<string, number | null>>;
  /** Popup → background: the threads seen in the last day, how many to answer soon, how many overdue. */
  responseClockSummary(data: Record<string, never>): Result<ClockSummary>;
  // ── Team edges (utils/team-access-protocol.ts; handler in background/watchlist/register-watchlist.ts) ──
  /** Content script → background: whether this install may add buyers from the page (not as a team auditor). */
  watchlistAccess(data: Record<string, never>): Result<WatchlistAccess>;
}

