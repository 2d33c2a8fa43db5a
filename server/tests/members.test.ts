import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInvite } from '../members/invites';
import { BACKENDS, openTestDatabase, type TestDatabase } from './test-database';
import { call, makeTeam, type Team } from './test-server';

describe.each(BACKENDS)('members and invites on %s', (backend) => {
  let t: TestDatabase;
  let team: Team;
  beforeEach(async () => {
    t = await openTestDatabase(backend);
    team = await makeTeam(t.db);
  });
  afterEach(async () => {
    await team.app.close();
    await t.close();
  });

  it('turns an invite into a member whose token says who they are; the code works once', async () => {
    const { code } = await createInvite(t.db, team.workspaceId, { name: 'Bo', role: 'agent' });
    const joined = await call(team.app, 'POST', '/v1/join', { body: { inviteCode: code } });
    expect(joined.status).toBe(200);
    expect(joined.body.member).toMatchObject({ name: 'Bo', role: 'agent', revokedAt: null });
    const me = await call(team.app, 'GET', '/v1/me', { token: joined.body.token });
    expect(me.body.member.name).toBe('Bo');
    const again = await call(team.app, 'POST', '/v1/join', { body: { inviteCode: code } });
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('invite-used');
  });

  it('stores invite codes and tokens only as SHA-256 hashes', async () => {
    const { code } = await createInvite(t.db, team.workspaceId, { name: 'Cy', role: 'agent' });
    const { rows: invites } = await t.owner.query<{ code_hash: string }>('SELECT code_hash FROM invites');
    const { rows: members } = await t.owner.query<{ token_hash: string }>('SELECT token_hash FROM members');
    const stored = JSON.stringify([invites, members]);
    expect(stored).not.toContain(code);
    expect(stored).not.toContain(team.tokens.agent);
    expect(invites.every((row) => /^[0-9a-f]{64}$/.test(row.code_hash))).toBe(true);
  });

  it.each([
    ['a wrong code', 'sgi_not-a-code', 400, 'invite-invalid'],
    ['an empty code', '', 400, 'bad-request'],
  ])('refuses %s with a clear error', async (_label, code, status, errorCode) => {
    const answer = await call(team.app, 'POST', '/v1/join', { body: { inviteCode: code } });
    expect(answer.status).toBe(status);
    expect(answer.body.error.code).toBe(errorCode);
    expect(answer.body.error.message).toMatch(/\w/);
  });

  it('refuses an expired invite', async () => {
    const { code } = await createInvite(t.db, team.workspaceId, { name: 'Di', role: 'agent' });
    await t.owner.query(`UPDATE invites SET expires_at = now() - interval '1 minute' WHERE name = 'Di'`);
    const answer = await call(team.app, 'POST', '/v1/join', { body: { inviteCode: code } });
    expect([answer.status, answer.body.error.code]).toEqual([410, 'invite-expired']);
  });

  it('stops a revoked member at once, and only an admin revokes', async () => {
    const before = await call(team.app, 'GET', '/v1/watchlist/changes', { token: team.tokens.agent });
    expect(before.status).toBe(200);
    const byLead = await call(team.app, 'POST', `/v1/members/${team.members.agent.id}/revoke`, { token: team.tokens.lead });
    expect(byLead.status).toBe(403);
    const revoked = await call(team.app, 'POST', `/v1/members/${team.members.agent.id}/revoke`, { token: team.tokens.admin });
    expect(revoked.body.member.revokedAt).not.toBeNull();
    const after = await call(team.app, 'GET', '/v1/watchlist/changes', { token: team.tokens.agent });
    expect([after.status, after.body.error.code]).toEqual([401, 'token-revoked']);
  });

  it('answers 401 without a token or with an unknown one', async () => {
    expect((await call(team.app, 'GET', '/v1/me')).status).toBe(401);
    const unknown = await call(team.app, 'GET', '/v1/me', { token: 'sgt_aaaaaaaaaaaaaaaaaaaaaaaa' });
    expect([unknown.status, unknown.body.error.code]).toEqual([401, 'unauthenticated']);
  });

  it('lets an admin invite through the API and lists members for admins and auditors only', async () => {
    const invite = await call(team.app, 'POST', '/v1/invites', { token: team.tokens.admin, body: { name: 'Ed', role: 'lead' } });
    expect(invite.status).toBe(200);
    expect(Date.parse(invite.body.expiresAt) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    expect((await call(team.app, 'POST', '/v1/invites', { token: team.tokens.lead, body: { name: 'X', role: 'agent' } })).status).toBe(403);
    expect((await call(team.app, 'GET', '/v1/members', { token: team.tokens.auditor })).body.members).toHaveLength(4);
    expect((await call(team.app, 'GET', '/v1/members', { token: team.tokens.agent })).status).toBe(403);
  });

  it('keeps two workspaces on one database apart', async () => {
    const other = await makeTeam(t.db, 'other-team', team.app);
    const entry = { op: 'add', changeId: 'change-other-1', entryId: 'entry-other-1', at: '2026-05-01T09:00:00Z', entry: { orderIds: ['112-3456789-0123456'], reason: 'false-claim', severity: 'high' } };
    expect((await call(team.app, 'POST', '/v1/watchlist/changes', { token: other.tokens.agent, body: { changes: [entry] } })).status).toBe(200);
    const event = { eventId: 'event-other-1', kind: 'capture', at: '2026-05-01T09:00:00Z' };
    await call(team.app, 'POST', '/v1/audit/events', { token: other.tokens.agent, body: { events: [event] } });
    await call(team.app, 'PUT', '/v1/policy', { token: other.tokens.lead, body: { baseVersion: 0, policy: { blockedTerms: ['x'] } } });

    const mine = await call(team.app, 'GET', '/v1/watchlist/changes?after=0', { token: team.tokens.lead });
    expect(mine.body.entries).toEqual([]);
    expect((await call(team.app, 'GET', '/v1/audit/events', { token: team.tokens.lead })).body.events).toEqual([]);
    expect((await call(team.app, 'GET', '/v1/policy', { token: team.tokens.lead })).body.version).toBe(0);
    const members = (await call(team.app, 'GET', '/v1/members', { token: team.tokens.admin })).body.members;
    expect(members.map((m: { id: string }) => m.id).sort()).toEqual(Object.values(team.members).map((m) => m.id).sort());
    // An admin of one team cannot revoke a member of the other.
    expect((await call(team.app, 'POST', `/v1/members/${other.members.agent.id}/revoke`, { token: team.tokens.admin })).status).toBe(404);
    const theirs = await call(team.app, 'GET', '/v1/watchlist/changes?after=0', { token: other.tokens.lead });
    expect(theirs.body.entries.map((e: { id: string }) => e.id)).toEqual(['entry-other-1']);
  });
});
