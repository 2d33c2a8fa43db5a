import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEAM_PROTOCOL_HEADER } from '../../rules/team/protocol';
import { BACKENDS, openTestDatabase, type TestDatabase } from './test-database';
import { call, makeTeam, type Team } from './test-server';

const EXTENSION = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

describe.each(BACKENDS)('HTTP rules on %s', (backend) => {
  let t: TestDatabase;
  let team: Team;
  beforeAll(async () => {
    t = await openTestDatabase(backend);
    team = await makeTeam(t.db);
  });
  afterAll(async () => {
    await team.app.close();
    await t.close();
  });

  it('says which protocol it speaks without a header', async () => {
    const hello = await team.app.inject({ method: 'GET', url: '/v1/hello' });
    expect(hello.json()).toEqual({ service: 'seller-guard-team', protocol: { min: 1, max: 1 } });
  });

  it.each([
    ['missing', undefined, 400, 'protocol-missing', /speaks protocol 1 to 1/],
    ['newer', '2', 426, 'protocol-mismatch', /extension speaks protocol 2; the team server speaks 1 to 1: update the team server/],
    ['older', '0', 426, 'protocol-mismatch', /extension speaks protocol 0; the team server speaks 1 to 1: update the extension/],
  ])('refuses a %s protocol version, naming both', async (_label, version, status, code, message) => {
    const headers: Record<string, string> = { authorization: `Bearer ${team.tokens.agent}` };
    if (version) headers[TEAM_PROTOCOL_HEADER] = version;
    const answer = await team.app.inject({ method: 'GET', url: '/v1/me', headers });
    expect(answer.statusCode).toBe(status);
    expect(answer.json().error).toMatchObject({ code, serverProtocol: { min: 1, max: 1 } });
    expect(answer.json().error.message).toMatch(message);
  });

  it('refuses a body over 1 MB with a clear 413', async () => {
    const events = Array.from({ length: 80 }, (_, i) => ({ eventId: `event-big-${i}`, kind: 'capture', at: '2026-05-01T09:00:00Z', details: { text: 'x'.repeat(15_000) } }));
    const answer = await call(team.app, 'POST', '/v1/audit/events', { token: team.tokens.agent, body: { events } });
    expect(answer.status).toBe(413);
    expect(answer.body.error).toMatchObject({ code: 'payload-too-large' });
    expect(answer.body.error.message).toMatch(/1 MB/);
  });

  it('answers CORS for chrome-extension origins only', async () => {
    const preflight = await call(team.app, 'OPTIONS', '/v1/audit/events', { headers: { origin: EXTENSION, 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(EXTENSION);
    expect(String(preflight.headers['access-control-allow-headers'])).toContain(TEAM_PROTOCOL_HEADER);
    const read = await call(team.app, 'GET', '/v1/policy', { token: team.tokens.agent, headers: { origin: EXTENSION } });
    expect(read.headers['access-control-allow-origin']).toBe(EXTENSION);
    for (const origin of ['https://evil.example', 'chrome-extension://short', 'moz-extension://abcdefghijklmnopabcdefghijklmnop']) {
      const page = await call(team.app, 'GET', '/v1/policy', { token: team.tokens.agent, headers: { origin } });
      expect(page.headers['access-control-allow-origin']).toBeUndefined();
      expect((await call(team.app, 'OPTIONS', '/v1/policy', { headers: { origin } })).status).toBe(403);
    }
  });

  it('answers unknown paths and bad JSON with the protocol error shape', async () => {
    expect((await call(team.app, 'GET', '/v1/nothing', { token: team.tokens.agent })).body.error.code).toBe('not-found');
    const bad = await team.app.inject({
      method: 'POST',
      url: '/v1/audit/events',
      headers: { [TEAM_PROTOCOL_HEADER]: '1', authorization: `Bearer ${team.tokens.agent}`, 'content-type': 'application/json' },
      payload: '{"events": [',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('bad-request');
  });

  it('the local admin endpoints are closed without the data folder secret', async () => {
    const answer = await call(team.app, 'POST', '/local/v1/invites', { body: { workspace: 'team', name: 'X', role: 'admin' } });
    expect(answer.status).toBe(404);
  });
});
