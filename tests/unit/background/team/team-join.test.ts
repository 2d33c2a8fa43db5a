import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkTeam, joinTeam, leaveTeam } from '../../../../entrypoints/background/team/team-join';
import { getTeamState } from '../../../../entrypoints/background/team/team-state';
import { TEAM_PROTOCOL_HEADER } from '../../../../rules/team/protocol';

const ORIGIN = 'http://127.0.0.1:8787';
const MEMBER = { id: 'm-1', name: 'Ann Agent', role: 'agent', createdAt: '2026-12-01T00:00:00.000Z', revokedAt: null };
const WORKSPACE = { id: 'w-1', name: 'Support EU' };

type Route = (init: RequestInit) => { status: number; body: unknown } | 'network-error';
const json = (status: number, body: unknown) => ({ status, body });
const error = (status: number, code: string) => json(status, { error: { code, message: `server says ${code}` } });
const hello = (min = 1, max = 1) => () => json(200, { service: 'seller-guard-team', protocol: { min, max } });

/** A fake team server: path → answer; records every request. */
function serve(routes: Record<string, Route>) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const route = routes[new URL(url).pathname];
    const answer = route ? route(init) : error(404, 'not-found');
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
  });
  return calls;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.unstubAllGlobals());

describe('joining a team', () => {
  it('asks the protocol first, redeems the invite with the protocol header, and keeps the token', async () => {
    const calls = serve({ '/v1/hello': hello(), '/v1/join': () => json(200, { token: 'tok-1', member: MEMBER, workspace: WORKSPACE }) });
    expect(await joinTeam(`${ORIGIN}/`, '  INVITE-1 ')).toEqual({ joined: true });
    expect(calls.map((c) => c.url)).toEqual([`${ORIGIN}/v1/hello`, `${ORIGIN}/v1/join`]);
    expect(calls[1]!.init.headers).toMatchObject({ [TEAM_PROTOCOL_HEADER]: '1' });
    expect(JSON.parse(String(calls[1]!.init.body))).toEqual({ inviteCode: 'INVITE-1' });
    expect(await getTeamState()).toMatchObject({ origin: ORIGIN, token: 'tok-1', member: { name: 'Ann Agent', role: 'agent' }, online: true, problem: null });
  });

  it.each([
    ['a wrong invite', error(400, 'invite-invalid'), 'invite-invalid'],
    ['a used invite', error(410, 'invite-used'), 'invite-used'],
    ['an expired invite', error(410, 'invite-expired'), 'invite-expired'],
    ['a server error', error(503, 'database-unavailable'), 'server-error'],
  ] as const)('names %s and stores nothing', async (_name, answer, problem) => {
    serve({ '/v1/hello': hello(), '/v1/join': () => answer });
    expect(await joinTeam(ORIGIN, 'X')).toMatchObject({ joined: false, problem });
    expect(await getTeamState()).toBeNull();
  });

  it('names an unreachable server', async () => {
    serve({ '/v1/hello': () => 'network-error' });
    expect(await joinTeam(ORIGIN, 'X')).toMatchObject({ joined: false, problem: 'unreachable' });
  });

  it('names a protocol mismatch before spending the invite', async () => {
    const calls = serve({ '/v1/hello': hello(2, 3) });
    expect(await joinTeam(ORIGIN, 'X')).toEqual({ joined: false, problem: 'protocol-mismatch', detail: '1 / 2–3' });
    expect(calls).toHaveLength(1);
  });

  it('refuses plain http to another computer without sending anything', async () => {
    const calls = serve({});
    expect(await joinTeam('http://team.example.com', 'X')).toMatchObject({ joined: false, problem: 'address-plain-http' });
    expect(calls).toHaveLength(0);
  });

  it('refuses an address that does not answer as a team server', async () => {
    serve({ '/v1/hello': () => json(200, { hello: 'world' }) });
    expect(await joinTeam(ORIGIN, 'X')).toMatchObject({ joined: false, problem: 'not-a-team-server' });
  });
});

describe('the joined connection', () => {
  async function joined() {
    serve({ '/v1/hello': hello(), '/v1/join': () => json(200, { token: 'tok-1', member: MEMBER, workspace: WORKSPACE }) });
    await joinTeam(ORIGIN, 'X');
  }

  it('goes offline when the server is down and online again when it answers', async () => {
    await joined();
    serve({ '/v1/me': () => 'network-error' });
    expect(await checkTeam()).toMatchObject({ online: false, problem: 'unreachable' });
    const calls = serve({ '/v1/me': () => json(200, { member: MEMBER, workspace: WORKSPACE }) });
    expect(await checkTeam()).toMatchObject({ online: true, problem: null });
    expect(calls[0]!.init.headers).toMatchObject({ Authorization: 'Bearer tok-1' });
  });

  it('stops for good when an admin revoked the token', async () => {
    await joined();
    serve({ '/v1/me': () => error(401, 'token-revoked') });
    expect(await checkTeam()).toMatchObject({ problem: 'token-revoked' });
    const calls = serve({ '/v1/me': () => json(200, { member: MEMBER, workspace: WORKSPACE }) });
    expect(await checkTeam()).toMatchObject({ problem: 'token-revoked' });
    expect(calls).toHaveLength(0);
  });

  it('forgets the team on Leave', async () => {
    await joined();
    await leaveTeam();
    expect(await getTeamState()).toBeNull();
  });
});
