import type { z } from 'zod';
import { t } from '../../../locales/current';
import { TEAM_PROTOCOL_HEADER, TEAM_PROTOCOL_VERSION, teamErrorSchema, type TeamErrorCode } from '../../../rules/team/protocol';

/** A failed team request: the server's error code, or `unreachable` when no answer came. */
export class TeamRequestError extends Error {
  constructor(
    readonly code: TeamErrorCode | 'unreachable' | 'not-a-team-server',
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface TeamRequest {
  method?: 'GET' | 'POST' | 'PUT';
  token?: string;
  body?: unknown;
  signal?: AbortSignal;
}

/**
 * One request to the team server from the background (content scripts never reach the
 * network): the protocol header and bearer token added, the answer parsed with `schema`.
 * Throws TeamRequestError; 5xx and `unreachable` are worth retrying, other codes are not.
 */
export async function teamFetch<S extends z.ZodType>(origin: string, path: string, schema: S, request: TeamRequest = {}): Promise<z.output<S>> {
  const headers: Record<string, string> = { [TEAM_PROTOCOL_HEADER]: String(TEAM_PROTOCOL_VERSION) };
  if (request.token) headers.Authorization = `Bearer ${request.token}`;
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${origin}${path}`, {
      method: request.method ?? 'GET',
      headers,
      ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
      ...(request.signal ? { signal: request.signal } : {}),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (error) {
    if ((error as { name?: string } | null)?.name === 'AbortError') throw error;
    throw new TeamRequestError('unreachable', 0, t('problem.team.unreachable', { error: error instanceof Error ? error.message : String(error) }));
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const failure = teamErrorSchema.safeParse(json);
    if (failure.success) throw new TeamRequestError(failure.data.error.code, response.status, failure.data.error.message);
    throw new TeamRequestError(response.status >= 500 ? 'internal' : 'not-a-team-server', response.status, t('problem.team.http', { status: String(response.status) }));
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TeamRequestError('not-a-team-server', response.status, t('problem.team.notProtocol', { path: issue?.path.join('.') ?? '', error: issue?.message ?? '' }));
  }
  return parsed.data;
}
