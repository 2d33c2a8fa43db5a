import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../rules/csv';
import { BACKENDS, openTestDatabase, type TestDatabase } from './test-database';
import { call, makeTeam, type Team } from './test-server';

const event = (eventId: string, fields: Record<string, unknown> = {}) => ({
  eventId,
  kind: 'capture',
  at: '2026-05-01T09:00:00Z',
  orderId: '112-3456789-0123456',
  summary: 'Captured the conversation',
  details: { captureId: 'c1' },
  ...fields,
});

describe.each(BACKENDS)('audit trail on %s', (backend) => {
  let t: TestDatabase;
  let team: Team;
  const push = (token: string, events: unknown[]) => call(team.app, 'POST', '/v1/audit/events', { token, body: { events } });

  beforeEach(async () => {
    t = await openTestDatabase(backend);
    team = await makeTeam(t.db);
  });
  afterEach(async () => {
    await team.app.close();
    await t.close();
  });

  it('answers each event with a receipt and stores a retried event once, under the token’s member', async () => {
    const first = await push(team.tokens.agent, [event('event-0001'), event('event-0002', { agent: 'Somebody Else' })]);
    expect(first.status).toBe(200);
    expect(first.body.receipts.map((r: { duplicate: boolean }) => r.duplicate)).toEqual([false, false]);
    const retry = await push(team.tokens.agent, [event('event-0002'), event('event-0003')]);
    expect(retry.body.receipts[0]).toEqual({ ...first.body.receipts[1], duplicate: true });
    expect(retry.body.receipts[1].duplicate).toBe(false);
    // The same event id from another member is that member's own event.
    await push(team.tokens.lead, [event('event-0001')]);
    const { rows } = await t.owner.query<{ agent: string; n: number }>('SELECT agent, count(*)::int AS n FROM audit_events GROUP BY agent ORDER BY agent');
    expect(rows).toEqual([
      { agent: 'Ann Agent', n: 3 },
      { agent: 'Lee Lead', n: 1 },
    ]);
  });

  it('filters the team trail for leads and auditors; an agent reads only its own; auditors push nothing', async () => {
    await push(team.tokens.agent, [event('event-a1'), event('event-a2', { kind: 'draft-override', orderId: null, at: '2026-06-01T09:00:00Z' })]);
    await push(team.tokens.lead, [event('event-l1', { kind: 'watchlist-add' })]);
    const get = (token: string, query = '') => call(team.app, 'GET', `/v1/audit/events${query}`, { token });
    expect((await get(team.tokens.auditor)).body.events.map((e: { eventId: string }) => e.eventId)).toEqual(['event-l1', 'event-a2', 'event-a1']);
    expect((await get(team.tokens.lead, `?memberId=${team.members.agent.id}`)).body.events).toHaveLength(2);
    expect((await get(team.tokens.lead, '?kind=draft-override')).body.events.map((e: { agent: string }) => e.agent)).toEqual(['Ann Agent']);
    expect((await get(team.tokens.lead, '?from=2026-05-15T00:00:00Z&to=2026-07-01T00:00:00Z')).body.events).toHaveLength(1);
    expect((await get(team.tokens.lead, '?orderId=112-3456789-0123456')).body.events).toHaveLength(2);
    const page = await get(team.tokens.lead, '?limit=2');
    expect(page.body.nextBefore).toBe(page.body.events[1].seq);
    expect((await get(team.tokens.lead, `?limit=2&before=${page.body.nextBefore}`)).body.events.map((e: { eventId: string }) => e.eventId)).toEqual(['event-a1']);
    expect((await get(team.tokens.agent)).body.events.map((e: { agent: string }) => e.agent)).toEqual(['Ann Agent', 'Ann Agent']);
    expect((await push(team.tokens.auditor, [event('event-x')])).status).toBe(403);
  });

  it('exports the trail as CSV with formula cells neutralised', async () => {
    await push(team.tokens.agent, [event('event-csv', { summary: '=HYPERLINK("http://evil.example")' })]);
    const csv = await call(team.app, 'GET', '/v1/audit/events.csv', { token: team.tokens.auditor });
    expect(csv.status).toBe(200);
    expect(String(csv.headers['content-type'])).toContain('text/csv');
    const rows = parseCsv(csv.body);
    expect(rows[0]!.cells.slice(0, 4)).toEqual(['seq', 'at', 'received_at', 'agent']);
    expect(rows[1]!.cells[7]).toBe('\'=HYPERLINK("http://evil.example")');
    expect((await call(team.app, 'GET', '/v1/audit/events.csv', { token: team.tokens.agent })).status).toBe(403);
  });

  it('refuses details over 16 KB and unknown kinds, naming the field', async () => {
    const big = await push(team.tokens.agent, [event('event-big', { details: { text: 'x'.repeat(17_000) } })]);
    expect(big.body.error).toMatchObject({ code: 'bad-request', field: 'events[1].details' });
    const kind = await push(team.tokens.agent, [event('event-kind', { kind: 'delete-everything' })]);
    expect(kind.body.error).toMatchObject({ code: 'bad-request', field: 'events[1].kind' });
  });

  it.each(['UPDATE audit_events SET summary = $$changed$$', 'DELETE FROM audit_events', 'TRUNCATE audit_events'])(
    'PostgreSQL refuses "%s" from the application role and, by trigger, from the owner',
    async (statement) => {
      await push(team.tokens.agent, [event('event-kept')]);
      await expect(t.db.query(statement)).rejects.toThrow(/permission denied|append-only/);
      await expect(t.owner.query(statement)).rejects.toThrow(/audit_events is append-only/);
      const { rows } = await t.owner.query('SELECT summary FROM audit_events');
      expect(rows).toEqual([{ summary: 'Captured the conversation' }]);
    },
  );

  it('the application role may only read and append to the trail and attestations', async () => {
    const { rows } = await t.owner.query<{ table_name: string; privilege_type: string }>(
      `SELECT table_name, privilege_type FROM information_schema.role_table_grants
        WHERE grantee = 'seller_guard_app' AND table_schema = current_schema() AND table_name IN ('audit_events', 'attestations')
        ORDER BY table_name, privilege_type`,
    );
    expect(rows.map((r) => `${r.table_name}:${r.privilege_type}`)).toEqual([
      'attestations:INSERT',
      'attestations:SELECT',
      'audit_events:INSERT',
      'audit_events:SELECT',
    ]);
  });

  // Pushes arriving together are checked and stored together (audit/audit-push-batcher.ts):
  // each request still gets its own answer, under its own member.
  it('answers each request for its own token: stored under its member, or refused on its own', async () => {
    const revoked = await team.join('Rex Revoked', 'agent');
    expect((await call(team.app, 'POST', `/v1/members/${revoked.member.id}/revoke`, { token: team.tokens.admin })).status).toBe(200);
    const answers = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => push(team.tokens.agent, [event(`agent-event-${i}`)])),
      ...Array.from({ length: 10 }, (_, i) => push(team.tokens.lead, [event(`lead-event-${i}`), event(`lead-event-${i}b`)])),
      push(revoked.token, [event('revoked-event')]),
      push('sgt_nobody_knows_this_token', [event('unknown-event')]),
      push(team.tokens.auditor, [event('auditor-event')]),
      push(team.tokens.agent, [event('bad-kind-event', { kind: 'delete-everything' })]),
    ]);
    expect(answers.slice(0, 20).map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(answers.slice(20).map((a) => [a.status, a.body.error.code])).toEqual([
      [401, 'token-revoked'],
      [401, 'unauthenticated'],
      [403, 'forbidden'],
      [400, 'bad-request'],
    ]);
    const receipts = answers.slice(0, 20).flatMap((a) => a.body.receipts as { eventId: string; seq: number; duplicate: boolean }[]);
    expect(receipts).toHaveLength(30);
    expect(new Set(receipts.map((r) => r.seq)).size).toBe(30);
    expect(answers[10]!.body.receipts.map((r: { eventId: string }) => r.eventId)).toEqual(['lead-event-0', 'lead-event-0b']);
    // In request order: the second event of a request has the later sequence.
    expect(answers[10]!.body.receipts[0].seq).toBeLessThan(answers[10]!.body.receipts[1].seq);
    const { rows } = await t.owner.query<{ agent: string; event_id: string; seq: string }>(
      'SELECT agent, event_id, seq::text FROM audit_events ORDER BY seq',
    );
    expect(rows.filter((r) => r.agent === 'Ann Agent').map((r) => r.event_id).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `agent-event-${i}`).sort());
    expect(rows.filter((r) => r.agent === 'Lee Lead')).toHaveLength(20);
    expect(rows).toHaveLength(30);
    // Each receipt names the row that holds its event.
    for (const receipt of receipts) expect(rows.find((r) => r.event_id === receipt.eventId)?.seq).toBe(String(receipt.seq));
  });

  it('stores an event re-sent while the first send is still in flight once, with one sequence for both', async () => {
    const [first, second] = await Promise.all([push(team.tokens.agent, [event('resent-event')]), push(team.tokens.agent, [event('resent-event')])]);
    expect(first!.body.receipts[0].seq).toBe(second!.body.receipts[0].seq);
    const later = await push(team.tokens.agent, [event('resent-event')]);
    expect(later.body.receipts[0]).toMatchObject({ seq: first!.body.receipts[0].seq, duplicate: true });
    const { rows } = await t.owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE event_id = 'resent-event'`);
    expect(rows[0]!.n).toBe(1);
  });

  it('refuses a revoked member on the very next push, even among others', async () => {
    expect((await push(team.tokens.agent, [event('before-revoke')])).status).toBe(200);
    expect((await call(team.app, 'POST', `/v1/members/${team.members.agent.id}/revoke`, { token: team.tokens.admin })).status).toBe(200);
    const [agent, lead] = await Promise.all([push(team.tokens.agent, [event('after-revoke')]), push(team.tokens.lead, [event('lead-meanwhile')])]);
    expect(agent!.body.error.code).toBe('token-revoked');
    expect(lead!.status).toBe(200);
  });

  it('names a missing or unknown token before anything wrong with the body', async () => {
    expect((await push('sgt_nobody_knows_this_token', [{ eventId: 'x' }])).body.error.code).toBe('unauthenticated');
    expect((await call(team.app, 'POST', '/v1/audit/events', { body: { events: [] } })).body.error.code).toBe('unauthenticated');
    expect((await push(team.tokens.agent, [{ eventId: 'x' }])).body.error.code).toBe('bad-request');
  });
});
