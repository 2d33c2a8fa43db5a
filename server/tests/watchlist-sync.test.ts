import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from './test-database';
import { call, makeTeam, type Team } from './test-server';

const ORDER = '112-3456789-0123456';
let counter = 0;
const id = (prefix: string) => `${prefix}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

function addChange(entryId: string, fields: Record<string, unknown> = {}) {
  return {
    op: 'add',
    changeId: id('change'),
    entryId,
    at: '2026-05-01T09:00:00Z',
    entry: { proxyEmails: ['abc123@marketplace.amazon.com'], orderIds: [ORDER], reason: 'false-claim', severity: 'high', ...fields },
  };
}

describe.each(BACKENDS)('watchlist sync on %s', (backend) => {
  let t: TestDatabase;
  let team: Team;
  const push = (token: string, changes: unknown[]) => call(team.app, 'POST', '/v1/watchlist/changes', { token, body: { changes } });
  const pull = (token: string, query: string) => call(team.app, 'GET', `/v1/watchlist/changes?${query}`, { token });

  beforeEach(async () => {
    t = await openTestDatabase(backend);
    team = await makeTeam(t.db);
  });
  afterEach(async () => {
    await team.app.close();
    await t.close();
  });

  it('adds an entry that another member pulls incrementally, paged, then nothing more', async () => {
    const changes = Array.from({ length: 5 }, (_, i) => addChange(`entry-${i}`));
    const pushed = await push(team.tokens.agent, changes);
    expect(pushed.body.results.map((r: { status: string }) => r.status)).toEqual(Array(5).fill('applied'));
    const first = await pull(team.tokens.lead, 'after=0&limit=2');
    expect(first.body.entries.map((e: { id: string }) => e.id)).toEqual(['entry-0', 'entry-1']);
    expect(first.body.hasMore).toBe(true);
    const rest = await pull(team.tokens.lead, `after=${first.body.cursor}&limit=10`);
    expect(rest.body.entries.map((e: { id: string }) => e.id)).toEqual(['entry-2', 'entry-3', 'entry-4']);
    expect(rest.body).toMatchObject({ hasMore: false });
    const none = await pull(team.tokens.lead, `after=${rest.body.cursor}`);
    expect(none.body).toEqual({ entries: [], cursor: rest.body.cursor, hasMore: false });
    expect(first.body.entries[0]).toMatchObject({ addedBy: 'Ann Agent', status: 'active', openConflicts: 0 });
  });

  it('applies a retried change once (the answer was lost): no duplicate, nothing lost', async () => {
    const change = addChange('entry-retry');
    expect((await push(team.tokens.agent, [change])).body.results[0].status).toBe('applied');
    const retry = await push(team.tokens.agent, [change]);
    expect(retry.body.results[0]).toMatchObject({ status: 'duplicate', entry: { id: 'entry-retry' } });
    const { rows } = await t.owner.query('SELECT count(*)::int AS n FROM watchlist_entries');
    expect(rows[0]).toEqual({ n: 1 });
    expect((await pull(team.tokens.lead, 'after=0')).body.entries[0].history).toHaveLength(1);
  });

  it('merges two leads editing different fields; keeps the same field edited twice as a conflict a lead resolves', async () => {
    await push(team.tokens.agent, [addChange('entry-x')]);
    const entry = (await pull(team.tokens.lead, 'after=0')).body.entries[0];
    const base = entry.fieldVersions;
    const edit = (field: string, value: unknown) => ({ op: 'edit', changeId: id('edit'), entryId: 'entry-x', at: '2026-05-02T09:00:00Z', set: { [field]: value }, base: { [field]: base[field] } });
    // Lead and admin both started from the same version.
    expect((await push(team.tokens.lead, [edit('notes', 'sent an empty box')])).body.results[0].status).toBe('applied');
    expect((await push(team.tokens.admin, [edit('severity', 'medium')])).body.results[0].status).toBe('applied');
    const clash = await push(team.tokens.admin, [edit('notes', 'claims not received')]);
    expect(clash.body.results[0].status).toBe('conflict');
    expect(clash.body.results[0].conflicts[0]).toMatchObject({ field: 'notes', currentValue: 'sent an empty box', proposedValue: 'claims not received', proposedBy: 'Admin' });

    const merged = (await pull(team.tokens.agent, 'after=0')).body.entries[0];
    expect(merged).toMatchObject({ notes: 'sent an empty box', severity: 'medium', openConflicts: 1 });
    const open = await call(team.app, 'GET', '/v1/watchlist/conflicts', { token: team.tokens.auditor });
    expect(open.body.conflicts).toHaveLength(1);
    const conflictId = open.body.conflicts[0].id;
    expect((await call(team.app, 'POST', `/v1/watchlist/conflicts/${conflictId}/resolve`, { token: team.tokens.agent, body: { choice: 'proposed' } })).status).toBe(403);
    const resolved = await call(team.app, 'POST', `/v1/watchlist/conflicts/${conflictId}/resolve`, { token: team.tokens.lead, body: { choice: 'proposed' } });
    expect(resolved.body.entry).toMatchObject({ notes: 'claims not received', openConflicts: 0 });
    expect(resolved.body.conflict).toMatchObject({ status: 'resolved', resolvedBy: 'Lee Lead' });
    // Everyone learns of the resolution through the cursor.
    const later = await pull(team.tokens.agent, `after=${merged.seq}`);
    expect(later.body.entries[0].notes).toBe('claims not received');
    expect((await call(team.app, 'GET', '/v1/watchlist/conflicts', { token: team.tokens.lead })).body.conflicts).toEqual([]);
  });

  it('lets agents add but not edit, review or clear; auditors change nothing', async () => {
    await push(team.tokens.agent, [addChange('entry-y')]);
    const clear = { op: 'clear', changeId: id('clear'), entryId: 'entry-y', at: '2026-05-02T09:00:00Z', why: 'refund settled' };
    expect((await push(team.tokens.agent, [clear])).status).toBe(403);
    expect((await push(team.tokens.auditor, [addChange('entry-z')])).status).toBe(403);
    expect((await call(team.app, 'GET', '/v1/watchlist/changes?after=0', { token: team.tokens.auditor })).body.entries).toHaveLength(1);
  });

  it('keeps a cleared entry with its history, and reviews and extends due entries', async () => {
    await push(team.tokens.agent, [addChange('entry-old'), addChange('entry-new')]);
    await t.owner.query(`UPDATE watchlist_entries SET review_due = now() - interval '1 day' WHERE id = 'entry-old'`);
    const due = await call(team.app, 'GET', '/v1/watchlist/due', { token: team.tokens.lead });
    expect(due.body.entries.map((e: { id: string }) => e.id)).toEqual(['entry-old']);
    const review = { op: 'review', changeId: id('review'), entryId: 'entry-old', at: '2026-05-02T09:00:00Z', note: 'still abusive' };
    const reviewed = (await push(team.tokens.lead, [review])).body.results[0].entry;
    expect(Date.parse(reviewed.reviewDue) - Date.now()).toBeGreaterThan(89 * 86_400_000);
    const until = new Date(Date.now() + 200 * 86_400_000).toISOString();
    const extend = { op: 'extend', changeId: id('extend'), entryId: 'entry-new', at: '2026-05-02T09:00:00Z', until, note: 'case open' };
    expect((await push(team.tokens.lead, [extend])).body.results[0].entry.reviewDue).toBe(until);
    const tooFar = { ...extend, changeId: id('extend'), until: new Date(Date.now() + 400 * 86_400_000).toISOString() };
    expect((await push(team.tokens.lead, [tooFar])).body.results[0]).toMatchObject({ status: 'rejected', error: { code: 'bad-request' } });
    const clear = { op: 'clear', changeId: id('clear'), entryId: 'entry-old', at: '2026-05-03T09:00:00Z', why: 'refund settled' };
    const cleared = (await push(team.tokens.lead, [clear])).body.results[0].entry;
    expect(cleared).toMatchObject({ status: 'cleared', cleared: { by: 'Lee Lead', why: 'refund settled' } });
    expect(cleared.history.map((h: { action: string }) => h.action)).toEqual(['added', 'reviewed', 'cleared']);
    expect((await call(team.app, 'GET', '/v1/watchlist/due?before=2099-01-01T00:00:00Z', { token: team.tokens.lead })).body.entries.map((e: { id: string }) => e.id)).toEqual(['entry-new']);
    expect((await pull(team.tokens.agent, 'after=0')).body.entries).toHaveLength(2);
  });

  it.each([
    ['an entry without proxy email or order id', { proxyEmails: [], orderIds: [] }, 'changes[1].entry.proxyEmails'],
    ['a bad order id', { orderIds: ['12-3'] }, 'changes[1].entry.orderIds[1]'],
    ['reason other without a note', { reason: 'other' }, 'changes[1].entry.notes'],
  ])('refuses %s naming the field, and applies nothing', async (_label, fields, field) => {
    const answer = await push(team.tokens.agent, [addChange('entry-bad', fields)]);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatchObject({ code: 'bad-request', field });
    expect((await pull(team.tokens.agent, 'after=0')).body.entries).toEqual([]);
  });

  it('wakes a waiting pull within the wait when another member adds an entry', async () => {
    const waiting = pull(team.tokens.lead, 'after=0&wait=20');
    const started = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await push(team.tokens.agent, [addChange('entry-live')]);
    const answer = await waiting;
    expect(answer.body.entries.map((e: { id: string }) => e.id)).toEqual(['entry-live']);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('a waiting pull sees changes made through another server on the same database', async () => {
    const { buildApp } = await import('../http/app');
    const otherServer = buildApp({ db: t.db, pollMs: 100 });
    try {
      const waiting = call(otherServer, 'GET', '/v1/watchlist/changes?after=0&wait=20', { token: team.tokens.lead });
      await new Promise((resolve) => setTimeout(resolve, 200));
      const started = Date.now();
      await push(team.tokens.agent, [addChange('entry-elsewhere')]);
      expect((await waiting).body.entries.map((e: { id: string }) => e.id)).toEqual(['entry-elsewhere']);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await otherServer.close();
    }
  });
});
