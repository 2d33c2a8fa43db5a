import { afterEach, describe, expect, it, vi } from 'vitest';
import { teamFetch, teamFetchText } from '../../../../entrypoints/background/team/team-client';
import { TEAM_PROTOCOL_HEADER, helloResponseSchema } from '../../../../rules/team/protocol';
import { SellerGuardError } from '../../../../utils/errors';

const ORIGIN = 'http://127.0.0.1:8787';

/** Answer every request with `status` and `body` (text as is, anything else as JSON); `null`: the network fails. */
function answer(status: number | null, body: unknown = '') {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    if (status === null) throw new TypeError('Failed to fetch');
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
  });
  return calls;
}

async function failureOf(work: Promise<unknown>): Promise<SellerGuardError> {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(SellerGuardError);
  return error as SellerGuardError;
}

const serverError = (code: string) => ({ error: { code, message: `server says ${code}` } });

afterEach(() => vi.unstubAllGlobals());

describe('a failed team request is one SellerGuardError with a team code, the status and the sentence', () => {
  it.each([
    [400, 'bad-request', 'team-bad-request'],
    [400, 'protocol-missing', 'team-server-error'],
    [426, 'protocol-mismatch', 'team-protocol-mismatch'],
    [401, 'unauthenticated', 'team-unauthorised'],
    [401, 'token-revoked', 'team-revoked'],
    [400, 'invite-invalid', 'team-invite-invalid'],
    [410, 'invite-used', 'team-invite-used'],
    [410, 'invite-expired', 'team-invite-expired'],
    [403, 'forbidden', 'team-forbidden'],
    [404, 'not-found', 'team-not-found'],
    [409, 'version-conflict', 'team-conflict'],
    [413, 'payload-too-large', 'team-too-large'],
    [503, 'database-unavailable', 'team-server-error'],
    [500, 'internal', 'team-server-error'],
  ])('HTTP %i %s → %s, with the server’s sentence', async (status, serverCode, code) => {
    answer(status, serverError(serverCode));
    const error = await failureOf(teamFetch(ORIGIN, '/v1/hello', helloResponseSchema));
    expect(error).toMatchObject({ code, status, message: `server says ${serverCode}` });
  });

  it('no answer at all is team-unreachable with status 0', async () => {
    answer(null);
    expect(await failureOf(teamFetch(ORIGIN, '/v1/hello', helloResponseSchema))).toMatchObject({ code: 'team-unreachable', status: 0 });
    expect((await failureOf(teamFetch(ORIGIN, '/v1/hello', helloResponseSchema))).message).toContain('Failed to fetch');
  });

  it.each([
    [502, 'team-server-error'],
    [404, 'team-not-a-server'],
  ])('an HTTP %i that is not the team protocol is %s', async (status, code) => {
    answer(status, '<html>proxy</html>');
    expect(await failureOf(teamFetch(ORIGIN, '/v1/hello', helloResponseSchema))).toMatchObject({ code, status, message: expect.stringContaining(String(status)) });
  });

  it('a 200 answer in another shape is team-not-a-server, naming the field', async () => {
    answer(200, { service: 'something-else' });
    const error = await failureOf(teamFetch(ORIGIN, '/v1/hello', helloResponseSchema));
    expect(error).toMatchObject({ code: 'team-not-a-server', status: 200, message: expect.stringContaining('service') });
  });

  it('an aborted request stays an abort (the caller stopped it), not a team error', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new DOMException('stopped', 'AbortError');
    });
    await expect(teamFetch(ORIGIN, '/v1/hello', helloResponseSchema)).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('teamFetchText: the same request answered with text', () => {
  it('sends the protocol header and token and returns the text unparsed', async () => {
    const calls = answer(200, 'seq,kind\n1,"=cmd"\n');
    expect(await teamFetchText(ORIGIN, '/v1/audit/events.csv?kind=export', { token: 'tok-1' })).toBe('seq,kind\n1,"=cmd"\n');
    expect(calls[0]!.url).toBe(`${ORIGIN}/v1/audit/events.csv?kind=export`);
    expect(calls[0]!.init.headers).toMatchObject({ [TEAM_PROTOCOL_HEADER]: '1', Authorization: 'Bearer tok-1' });
  });

  it('fails the same way as teamFetch', async () => {
    answer(403, serverError('forbidden'));
    expect(await failureOf(teamFetchText(ORIGIN, '/v1/audit/events.csv', { token: 't' }))).toMatchObject({ code: 'team-forbidden', status: 403 });
  });
});
