import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pushOnce } from '../../../../entrypoints/background/team/team-push';
import { appendAudit } from '../../../../storage/audit/audit';
import { db } from '../../../../storage/db';
import { countWaiting } from '../../../../storage/team/team-outbox';
import { countOpenConflicts, rejectedChanges } from '../../../../storage/team/team-outbox-settle';
import { addWatchlistEntry, editWatchlistEntry } from '../../../../storage/watchlist/watchlist-store';
import { canceller, freshDatabase, fraudster, T0 } from '../../storage/watchlist/watchlist-helpers';
import { joinAs } from '../../storage/team/team-test-state';

type Body = { changes?: { changeId: string; entryId: string; op: string }[]; events?: { eventId: string }[]; attestations?: { captureId: string }[] };

/** A fake team server: answers pushes, or fails with `down` (503) while set; records every body. */
function fakeServer() {
  const server = { down: false, bodies: [] as { path: string; body: Body }[], stored: new Map<string, { seq: number; receivedAt: string }>(), conflictOn: new Set<string>() };
  let seq = 0;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    if (server.down) return Response.json({ error: { code: 'database-unavailable', message: 'down' } }, { status: 503 });
    const path = new URL(url).pathname;
    const body = JSON.parse(String(init.body)) as Body;
    server.bodies.push({ path, body });
    if (path === '/v1/watchlist/changes') {
      const results = body.changes!.map((c) => {
        const status = server.conflictOn.has(c.entryId) ? 'conflict' : 'applied';
        return { changeId: c.changeId, status, entry: null, conflicts: [] };
      });
      return Response.json({ results });
    }
    const receipt = (id: string) => {
      const known = server.stored.get(id);
      if (!known) server.stored.set(id, { seq: ++seq, receivedAt: new Date(Date.UTC(2026, 11, 1, 0, 0, seq)).toISOString() });
      return { ...server.stored.get(id)!, duplicate: !!known };
    };
    if (path === '/v1/audit/events') return Response.json({ receipts: body.events!.map((e) => ({ eventId: e.eventId, ...receipt(e.eventId) })) });
    return Response.json({ receipts: body.attestations!.map((a) => ({ captureId: a.captureId, keyFingerprint: 'fp', ...receipt(a.captureId) })) });
  });
  return server;
}

beforeEach(() => freshDatabase());
afterEach(() => vi.unstubAllGlobals());

describe('pushing the outbox', () => {
  it('sends waiting changes oldest first and empties the outbox', async () => {
    await joinAs('lead', T0.toISOString());
    const server = fakeServer();
    const { entry } = await addWatchlistEntry(fraudster, T0);
    await addWatchlistEntry(canceller, T0);
    expect(await countWaiting('w-1')).toBe(2);
    await pushOnce();
    const changes = server.bodies.find((b) => b.path === '/v1/watchlist/changes')!.body.changes!;
    expect(changes.map((c) => c.op)).toEqual(['add', 'add']);
    expect(changes[0]!.entryId).toBe(entry.id);
    expect(await countWaiting('w-1')).toBe(0);
  });

  it('keeps changes while the server is down and sends the same changeIds when it is back', async () => {
    await joinAs('lead', T0.toISOString());
    const server = fakeServer();
    await addWatchlistEntry(fraudster, T0);
    const [queued] = await db.teamOutbox.toArray();
    server.down = true;
    await expect(pushOnce()).rejects.toThrow();
    expect(await countWaiting('w-1')).toBe(1);
    server.down = false;
    await pushOnce();
    expect(server.bodies[0]!.body.changes![0]!.changeId).toBe(queued!.change.changeId);
    expect(await countWaiting('w-1')).toBe(0);
  });

  it("never sends an agent's edit (the server would refuse the request) and shows it as refused", async () => {
    await joinAs('agent', T0.toISOString());
    const server = fakeServer();
    const { entry } = await addWatchlistEntry(fraudster, T0);
    await pushOnce();
    await editWatchlistEntry(entry.id, { notes: 'More' }, T0);
    await pushOnce();
    const sentOps = server.bodies.filter((b) => b.path === '/v1/watchlist/changes').flatMap((b) => b.body.changes!.map((c) => c.op));
    expect(sentOps).toEqual(['add']);
    expect(await countWaiting('w-1')).toBe(0);
    expect(await rejectedChanges()).toEqual([expect.objectContaining({ entryId: entry.id, op: 'edit', code: 'agent-only-adds' })]);
  });

  it('counts conflicts from the entries the server answers with', async () => {
    await joinAs('lead', T0.toISOString());
    await addWatchlistEntry(fraudster, T0);
    fakeServer();
    await pushOnce();
    await db.teamEntries.put({ id: 'x', workspace: 'w-1', seq: 3, fieldVersions: {}, openConflicts: 2 });
    expect(await countOpenConflicts('w-1')).toBe(2);
  });
});

describe('pushing the audit trail', () => {
  it('sends entries made since joining once, and keeps each receipt with its entry across restarts', async () => {
    await appendAudit({ kind: 'export', summary: 'before joining', agent: 'Mia', at: new Date('2025-12-01T00:00:00Z') });
    await joinAs('agent', T0.toISOString());
    const server = fakeServer();
    await appendAudit({ kind: 'export', summary: 'one', agent: 'Mia', at: T0 });
    await appendAudit({ kind: 'capture', summary: 'two', agent: 'Mia', at: T0 });
    await pushOnce();
    // A restart: the module state is gone, the database stays.
    db.close();
    await db.open();
    await pushOnce();
    const sent = server.bodies.filter((b) => b.path === '/v1/audit/events').flatMap((b) => b.body.events!);
    expect(sent.map((e) => (e as unknown as { summary: string }).summary)).toEqual(['one', 'two']);
    const entries = await db.audit.orderBy('id').toArray();
    expect(entries[0]!.teamReceipt).toBeUndefined();
    expect(entries.slice(1).map((e) => e.teamReceipt?.seq)).toEqual([1, 2]);
  });

  it('sends the same eventIds again after a lost answer and stores the original receipt', async () => {
    await joinAs('agent', T0.toISOString());
    const server = fakeServer();
    await appendAudit({ kind: 'export', summary: 'one', agent: 'Mia', at: T0 });
    const realFetch = globalThis.fetch;
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      await realFetch(url, init);
      throw new TypeError('connection reset');
    });
    await expect(pushOnce()).rejects.toThrow();
    vi.stubGlobal('fetch', realFetch);
    await pushOnce();
    const [entry] = await db.audit.toArray();
    expect(entry!.teamReceipt).toMatchObject({ workspace: 'w-1', seq: 1 });
    expect(server.stored.size).toBe(1);
  });
});
