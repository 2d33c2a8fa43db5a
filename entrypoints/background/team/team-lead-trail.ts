import { auditPageResponseSchema } from '../../../rules/team/audit-protocol';
import type { TeamTrailCsv, TeamTrailPage, TeamTrailQuery } from '../../../utils/team-lead-protocol';
import { teamFetchText } from './team-client';
import { asLeadError, joinedAs, leadFetch, READING_ROLES } from './team-lead-request';

const TRAIL_PAGE = 100;

/** The filters as a query string; empty ones left out. */
export function trailQueryString(query: TeamTrailQuery, limit?: number): string {
  const params = new URLSearchParams();
  for (const key of ['memberId', 'kind', 'from', 'to', 'orderId'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (query.before) params.set('before', String(query.before));
  if (limit) params.set('limit', String(limit));
  return params.toString();
}

/** One page of the team's audit trail, newest first (`GET /v1/audit/events`). */
export async function teamTrailPage(query: TeamTrailQuery): Promise<TeamTrailPage> {
  const state = await joinedAs(READING_ROLES);
  return await leadFetch(state, `/v1/audit/events?${trailQueryString(query, TRAIL_PAGE)}`, auditPageResponseSchema);
}

/**
 * The same filter as CSV (`GET /v1/audit/events.csv`), fetched by the background and handed
 * to Options as text to save as a file: never parsed, never rendered.
 */
export async function teamTrailCsv(query: TeamTrailQuery): Promise<TeamTrailCsv> {
  const state = await joinedAs(READING_ROLES);
  const filters = trailQueryString({ ...query, before: 0 });
  let text: string;
  try {
    text = await teamFetchText(state.origin, `/v1/audit/events.csv?${filters}`, { token: state.token });
  } catch (error) {
    throw asLeadError(error);
  }
  const day = new Date().toISOString().slice(0, 10);
  return { fileName: `seller-guard-team-audit-${state.workspace.name.replace(/[^\p{L}\p{N}_-]+/gu, '-')}-${day}.csv`, text };
}
