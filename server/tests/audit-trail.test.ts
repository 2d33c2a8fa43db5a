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
});
