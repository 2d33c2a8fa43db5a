import { auditPageResponseSchema } from '../../../rules/team/audit-protocol';
import { t } from '../../../locales/current';
import { TEAM_PROTOCOL_HEADER, TEAM_PROTOCOL_VERSION, teamErrorSchema } from '../../../rules/team/protocol';
import type { TeamTrailCsv, TeamTrailPage, TeamTrailQuery } from '../../../utils/team-lead-protocol';
import { TeamRequestError } from './team-client';
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
  let response: Response;
  try {
    response = await fetch(`${state.origin}/v1/audit/events.csv?${filters}`, {
      headers: { [TEAM_PROTOCOL_HEADER]: String(TEAM_PROTOCOL_VERSION), Authorization: `Bearer ${state.token}` },
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (error) {
    throw asLeadError(new TeamRequestError('unreachable', 0, t('problem.team.unreachable', { error: String(error) })));
  }
  if (!response.ok) {
    const failure = teamErrorSchema.safeParse(await response.json().catch(() => undefined));
    const { code, message } = failure.success ? failure.data.error : { code: 'internal' as const, message: t('problem.team.http', { status: String(response.status) }) };
    throw asLeadError(new TeamRequestError(code, response.status, message));
  }
  const text = await response.text();
  const day = new Date().toISOString().slice(0, 10);
  return { fileName: `seller-guard-team-audit-${state.workspace.name.replace(/[^\p{L}\p{N}_-]+/gu, '-')}-${day}.csv`, text };
}
