import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pullTeamWatchlist } from '../../../../entrypoints/background/team/team-pull';
import { getTeamState, setTeamState, type TeamState } from '../../../../entrypoints/background/team/team-state';
import type { TeamWatchlistEntry } from '../../../../rules/team/watchlist-protocol';
import { matchWatchlist } from '../../../../storage/watchlist/watchlist-store';
import { WATCHLIST_REVISION_STORAGE_KEY } from '../../../../utils/team-protocol';
import { resetDb } from '../../storage/archive-fixtures';
import { countEntries, readEntry } from '../../../../storage/watchlist/watchlist-records';

const STATE: TeamState = {
  origin: 'http://127.0.0.1:8787',
  token: 'tok-1',
  member: { id: 'm-1', name: 'Ann Agent', role: 'agent' },
  workspace: { id: 'w-1', name: 'Support EU' },
  joinedAt: '2026-12-01T00:00:00.000Z',
  online: false,
  lastSyncAt: null,
  problem: null,
};

function teamEntry(seq: number, orderId: string, overrides: Partial<TeamWatchlistEntry> = {}): TeamWatchlistEntry {
  return {
    id: `entry-${seq}`,
    seq,
    status: 'active',
    buyerNames: ['Jo Fraud'],
    proxyEmails: [],
    orderIds: [orderId],
    reason: 'payment-fraud',
    severity: 'high',
    notes: '',
    evidence: [],
    addedBy: 'Bo Agent',
    addedAt: '2026-12-01T10:00:00.000Z',
    reviewedAt: null,
    reviewDue: '2027-03-01T10:00:00.000Z',
    cleared: null,
    history: [],
    updatedAt: '2026-12-01T10:00:00.000Z',
    fieldVersions: { orderIds: seq },
    openConflicts: 0,
    ...overrides,
  };
}

/** A fake server answering pulls from `pages` in order; records the queries. */
function serve(pages: { entries: TeamWatchlistEntry[]; cursor: number; hasMore: boolean }[]) {
  const queries: URLSearchParams[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    queries.push(new URL(url).searchParams);
    const page = pages.shift() ?? { entries: [], cursor: 0, hasMore: false };
    return new Response(JSON.stringify(page), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return queries;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDb();
  await setTeamState(STATE);
});
afterEach(() => vi.unstubAllGlobals());

describe('pulling the team watchlist', () => {
  it('applies every page into the local watchlist, so matching sees the team list, and tells open tabs', async () => {
    const queries = serve([
      { entries: [teamEntry(1, '111-1111111-1111111'), teamEntry(2, '222-2222222-2222222')], cursor: 2, hasMore: true },
      { entries: [teamEntry(3, '333-3333333-3333333')], cursor: 3, hasMore: false },
    ]);
    expect(await pullTeamWatchlist(STATE)).toBe(3);
    expect(queries.map((q) => q.get('after'))).toEqual(['0', '2']);
    expect(await countEntries()).toBe(3);
    const hits = await matchWatchlist({ proxyEmail: null, orderIds: ['333-3333333-3333333'], buyerName: null });
    expect(hits.map((h) => h.entry.id)).toEqual(['entry-3']);
    expect((await fakeBrowser.storage.local.get(WATCHLIST_REVISION_STORAGE_KEY))[WATCHLIST_REVISION_STORAGE_KEY]).toEqual(expect.any(String));
    expect(await getTeamState()).toMatchObject({ online: true, lastSyncAt: expect.any(String) });
  });

  it('pulls only what changed after the stored cursor, with the long-poll wait on the first request', async () => {
    serve([{ entries: [teamEntry(1, '111-1111111-1111111')], cursor: 1, hasMore: false }]);
    await pullTeamWatchlist(STATE);
    const queries = serve([{ entries: [teamEntry(4, '111-1111111-1111111', { id: 'entry-1', status: 'cleared', cleared: { by: 'Lee Lead', at: '2026-12-02T10:00:00.000Z', why: 'paid' } })], cursor: 4, hasMore: false }]);
    await pullTeamWatchlist(STATE, 25);
    expect(queries[0]!.get('after')).toBe('1');
    expect(queries[0]!.get('wait')).toBe('25');
    expect(await readEntry('entry-1')).toMatchObject({ status: 'cleared' });
    expect(await matchWatchlist({ proxyEmail: null, orderIds: ['111-1111111-1111111'], buyerName: null })).toEqual([]);
  });

  it('starts again from 0 for another workspace', async () => {
    serve([{ entries: [], cursor: 9, hasMore: false }]);
    await pullTeamWatchlist(STATE);
    const queries = serve([{ entries: [], cursor: 0, hasMore: false }]);
    await pullTeamWatchlist({ ...STATE, workspace: { id: 'w-2', name: 'Other' } });
    expect(queries[0]!.get('after')).toBe('0');
  });

  it('leaves out an entry the local schema refuses and keeps the rest', async () => {
    serve([{ entries: [teamEntry(1, '111-1111111-1111111', { orderIds: [], proxyEmails: [] }), teamEntry(2, '222-2222222-2222222')], cursor: 2, hasMore: false }]);
    expect(await pullTeamWatchlist(STATE)).toBe(1);
    expect(await countEntries()).toBe(1);
  });
});
