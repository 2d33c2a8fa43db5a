import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyReviewAction } from '../../../../entrypoints/background/team/team-lead-review';
import { pushOnce } from '../../../../entrypoints/background/team/team-push';
import { setTeamState } from '../../../../entrypoints/background/team/team-state';
import { db } from '../../../../storage/db';
import { countWaiting } from '../../../../storage/team/team-outbox';
import { rejectedChanges } from '../../../../storage/team/team-outbox-settle';
import { freshDatabase } from '../../storage/watchlist/watchlist-helpers';
import { joinedState } from './lead-state';

type Change = { changeId: string; entryId: string; op: string; why?: string; note?: string };

/**
 * A fake team server: unreachable while `down`; `loseAnswers` applies a request and then
 * drops the connection. Applies each changeId once (a resend is a `duplicate`), like the real one.
 */
function fakeServer() {
  const server = { down: true, loseAnswers: false, requests: [] as Change[][], applied: [] as Change[] };
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    if (server.down) throw new TypeError('Failed to fetch');
    const path = new URL(url).pathname;
    if (path !== '/v1/watchlist/changes') return Response.json({ receipts: [] });
    const { changes } = JSON.parse(String(init.body)) as { changes: Change[] };
    server.requests.push(changes);
    const results = changes.map((change) => {
      const known = server.applied.some((c) => c.changeId === change.changeId);
      if (!known) server.applied.push(change);
      return { changeId: change.changeId, status: known ? 'duplicate' : 'applied', entry: null, conflicts: [] };
    });
    if (server.loseAnswers) throw new TypeError('connection reset');
    return Response.json({ results });
  });
  return server;
}

beforeEach(async () => {
  await freshDatabase();
  await setTeamState(joinedState('lead'));
});
afterEach(() => vi.unstubAllGlobals());

describe("a lead's review actions while the team server is away", () => {
  it('wait in the outbox when the server is unreachable, and land once when it is back', async () => {
    const server = fakeServer();
    const outcome = await applyReviewAction({ op: 'clear', entryId: 'entry-0001', why: 'refund settled' });
    expect(outcome).toMatchObject({ status: 'queued', behind: false });
    expect(await countWaiting('w-1')).toBe(1);
    const [queued] = await db.teamOutbox.toArray();
    expect(queued).toMatchObject({ workspace: 'w-1', entryId: 'entry-0001', change: { op: 'clear', why: 'refund settled' } });

    // Still down: the push loop fails and keeps it.
    await expect(pushOnce()).rejects.toThrow();
    expect(await countWaiting('w-1')).toBe(1);

    server.down = false;
    await pushOnce();
    await pushOnce();
    expect(server.applied).toEqual([expect.objectContaining({ changeId: queued!.change.changeId, op: 'clear', why: 'refund settled' })]);
    expect(server.requests).toHaveLength(1);
    expect(await countWaiting('w-1')).toBe(0);
    expect(await rejectedChanges()).toEqual([]);
  });

  it('queue behind changes still waiting, without a request, so the server gets them in the order made', async () => {
    const server = fakeServer();
    await applyReviewAction({ op: 'extend', entryId: 'entry-0001', note: 'case still open', until: '2027-02-01T12:00:00.000Z' });
    server.down = false;
    // The server is back but the extend has not been sent yet: the clear must not overtake it.
    expect(await applyReviewAction({ op: 'clear', entryId: 'entry-0001', why: 'case closed' })).toMatchObject({ status: 'queued', behind: true });
    expect(server.requests).toEqual([]);
    await pushOnce();
    expect(server.applied.map((c) => c.op)).toEqual(['extend', 'clear']);
    expect(await countWaiting('w-1')).toBe(0);
  });

  it('resend the same change after a lost answer: applied once', async () => {
    const server = fakeServer();
    server.down = false;
    server.loseAnswers = true;
    expect(await applyReviewAction({ op: 'review', entryId: 'entry-0001', note: 'still abusive' })).toMatchObject({ status: 'queued' });
    server.loseAnswers = false;
    await pushOnce();
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]![0]!.changeId).toBe(server.requests[1]![0]!.changeId);
    expect(server.applied).toHaveLength(1);
    expect(await countWaiting('w-1')).toBe(0);
  });

  it('are sent at once when the server answers and nothing waits', async () => {
    const server = fakeServer();
    server.down = false;
    expect(await applyReviewAction({ op: 'review', entryId: 'entry-0001', note: '' })).toMatchObject({ status: 'applied' });
    expect(await countWaiting('w-1')).toBe(0);
    expect(server.applied).toHaveLength(1);
  });

  it('are not queued when the server refuses them: the refusal is named and nothing waits', async () => {
    vi.stubGlobal('fetch', async () => Response.json({ error: { code: 'bad-request', message: 'until: at most a year ahead' } }, { status: 400 }));
    await expect(applyReviewAction({ op: 'extend', entryId: 'entry-0001', note: 'x', until: '2030-01-01T00:00:00.000Z' })).rejects.toThrow('bad-request: until: at most a year ahead');
    expect(await countWaiting('w-1')).toBe(0);
  });

  it('wait when the server fails (5xx) as when it is unreachable', async () => {
    vi.stubGlobal('fetch', async () => Response.json({ error: { code: 'database-unavailable', message: 'down' } }, { status: 503 }));
    expect(await applyReviewAction({ op: 'review', entryId: 'entry-0001', note: '' })).toMatchObject({ status: 'queued' });
    expect(await countWaiting('w-1')).toBe(1);
  });
});
