import { conflictsResponseSchema, resolveConflictResponseSchema, watchlistDueResponseSchema, watchlistPushResponseSchema, type WatchlistChange } from '../../../rules/team/watchlist-protocol';
import type { TeamConflictList, TeamDueList, TeamDueQuery, TeamResolve, TeamReviewAction, TeamReviewOutcome } from '../../../utils/team-lead-protocol';
import { countWaiting, kickTeamOutbox } from '../../../storage/team/team-outbox';
import { queueLeadChange } from '../../../storage/team/team-outbox-lead';
import { isTeamRequestError } from '../../../utils/errors';
import { teamFetch } from './team-client';
import { asLeadError, EDITING_ROLES, joinedAs, leadError, leadFetch, READING_ROLES } from './team-lead-request';
import type { TeamState } from './team-state';

const DUE_LIMIT = 200;

/** The team's active entries due for review by `before` (default now), oldest due first (`GET /v1/watchlist/due`). */
export async function teamDueList({ before }: TeamDueQuery = {}): Promise<TeamDueList> {
  const state = await joinedAs(READING_ROLES);
  const by = before ? `&before=${encodeURIComponent(before)}` : '';
  const answer = await leadFetch(state, `/v1/watchlist/due?limit=${DUE_LIMIT}${by}`, watchlistDueResponseSchema);
  return { canEdit: EDITING_ROLES.includes(state.member.role), ...answer };
}

/** The change a review action sends (its own change id, so a retry is applied once). */
export function reviewChange(action: TeamReviewAction, at = new Date()): WatchlistChange {
  const base = { changeId: `lead-${crypto.randomUUID()}`, entryId: action.entryId, at: at.toISOString() };
  switch (action.op) {
    case 'review':
      return { ...base, op: 'review', note: action.note };
    case 'extend':
      return { ...base, op: 'extend', note: action.note, until: action.until };
    case 'clear':
      return { ...base, op: 'clear', why: action.why };
  }
}

/** No answer, or the server failed (5xx): worth waiting for; a refusal (4xx) is not. */
function worthWaiting(error: unknown): boolean {
  return isTeamRequestError(error) && (error.code === 'team-unreachable' || (error.status ?? 0) >= 500);
}

async function queue(state: TeamState, change: WatchlistChange, behind: boolean): Promise<TeamReviewOutcome> {
  await queueLeadChange(state.workspace.id, change);
  kickTeamOutbox();
  return { changeId: change.changeId, status: 'queued', behind };
}

/**
 * A lead reviews, extends or clears one entry on the server; the live pull then brings it to
 * every member. When the server does not answer (or fails), or changes of this install still
 * wait to be sent, the change waits in the team outbox like an agent's and is sent in order
 * when the server is back (`status: 'queued'`); a refusal is an error naming why.
 */
export async function applyReviewAction(action: TeamReviewAction): Promise<TeamReviewOutcome> {
  const state = await joinedAs(EDITING_ROLES);
  const change = reviewChange(action);
  if (await countWaiting(state.workspace.id)) return queue(state, change, true);
  let answer;
  try {
    answer = await teamFetch(state.origin, '/v1/watchlist/changes', watchlistPushResponseSchema, { method: 'POST', token: state.token, body: { changes: [change] } });
  } catch (error) {
    if (worthWaiting(error)) return queue(state, change, false);
    throw asLeadError(error);
  }
  const result = answer.results[0];
  if (!result) throw leadError('server');
  if (result.status === 'rejected') throw leadError('bad-request', result.error?.message ?? '');
  return result;
}

/** Open conflicts a lead resolves (`GET /v1/watchlist/conflicts`). */
export async function teamConflicts(): Promise<TeamConflictList> {
  const state = await joinedAs(READING_ROLES);
  const answer = await leadFetch(state, '/v1/watchlist/conflicts?status=open', conflictsResponseSchema);
  return { canEdit: EDITING_ROLES.includes(state.member.role), conflicts: answer.conflicts };
}

/** Keep the current value, take the proposed one, or set an edited value. */
export async function resolveTeamConflict({ id, resolution }: TeamResolve): Promise<null> {
  const state = await joinedAs(EDITING_ROLES);
  await leadFetch(state, `/v1/watchlist/conflicts/${id}/resolve`, resolveConflictResponseSchema, { method: 'POST', body: resolution });
  return null;
}
