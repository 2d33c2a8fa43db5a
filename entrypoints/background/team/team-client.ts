import type { z } from 'zod';
import { t } from '../../../locales/current';
import { TEAM_PROTOCOL_HEADER, TEAM_PROTOCOL_VERSION, teamErrorSchema, type TeamErrorCode } from '../../../rules/team/protocol';
import { messageOf, SellerGuardError, type TeamRequestErrorCode } from '../../../utils/errors';

/** The server's error codes as the extension tells them apart. */
const CODE_OF: Record<TeamErrorCode, TeamRequestErrorCode> = {
  'bad-request': 'team-bad-request',
  'protocol-missing': 'team-server-error',
  'protocol-mismatch': 'team-protocol-mismatch',
  unauthenticated: 'team-unauthorised',
  'token-revoked': 'team-revoked',
  'invite-invalid': 'team-invite-invalid',
  'invite-used': 'team-invite-used',
  'invite-expired': 'team-invite-expired',
  forbidden: 'team-forbidden',
  'not-found': 'team-not-found',
  'version-conflict': 'team-conflict',
  'payload-too-large': 'team-too-large',
  'database-unavailable': 'team-server-error',
  internal: 'team-server-error',
};

export interface TeamRequest {
  method?: 'GET' | 'POST' | 'PUT';
  token?: string;
  body?: unknown;
  signal?: AbortSignal;
}

/** A failed request: a `team-…` code, the HTTP status (0: no answer) and the sentence. */
function teamError(code: TeamRequestErrorCode, status: number, message: string): SellerGuardError {
  return new SellerGuardError(code, message, { status });
}

/** Send one request; a network failure is `team-unreachable`, an error answer is its code. */
async function send(origin: string, path: string, request: TeamRequest): Promise<Response> {
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
    throw teamError('team-unreachable', 0, t('problem.team.unreachable', { error: messageOf(error) }));
  }
  if (!response.ok) {
    const failure = teamErrorSchema.safeParse(await response.json().catch(() => undefined));
    if (failure.success) throw teamError(CODE_OF[failure.data.error.code], response.status, failure.data.error.message);
    throw teamError(response.status >= 500 ? 'team-server-error' : 'team-not-a-server', response.status, t('problem.team.http', { status: String(response.status) }));
  }
  return response;
}

/**
 * One request to the team server from the background (content scripts never reach the
 * network): the protocol header and bearer token added, the answer parsed with `schema`.
 * Throws a SellerGuardError with a `team-…` code and the HTTP `status`; 5xx and
 * `team-unreachable` are worth retrying, other codes are not.
 */
export async function teamFetch<S extends z.ZodType>(origin: string, path: string, schema: S, request: TeamRequest = {}): Promise<z.output<S>> {
  const response = await send(origin, path, request);
  const json: unknown = await response.json().catch(() => undefined);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw teamError('team-not-a-server', response.status, t('problem.team.notProtocol', { path: issue?.path.join('.') ?? '', error: issue?.message ?? '' }));
  }
  return parsed.data;
}

/** The same request answered with text (a CSV file): never parsed, never rendered here. */
export async function teamFetchText(origin: string, path: string, request: TeamRequest = {}): Promise<string> {
  return await (await send(origin, path, request)).text();
}
