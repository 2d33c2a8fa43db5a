import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyReviewAction, resolveTeamConflict, reviewChange, teamDueList } from '../../../../entrypoints/background/team/team-lead-review';
import { teamTrailCsv, trailQueryString } from '../../../../entrypoints/background/team/team-lead-trail';
import { setTeamState } from '../../../../entrypoints/background/team/team-state';
import { joinedState } from './lead-state';
import { watchlistChangeSchema } from '../../../../rules/team/watchlist-protocol';
import type { TeamReviewAction } from '../../../../utils/team-lead-protocol';

const STATE = joinedState();

function serve(status: number, json: unknown, type = 'application/json') {
  const requests: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    requests.push({ method: init.method ?? 'GET', url, body: init.body ? (JSON.parse(String(init.body)) as unknown) : undefined });
    return new Response(typeof json === 'string' ? json : JSON.stringify(json), { status, headers: { 'content-type': type } });
  });
  return requests;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await setTeamState(STATE);
});
afterEach(() => vi.unstubAllGlobals());

describe("a lead's review actions", () => {
  it.each<[TeamReviewAction, Record<string, unknown>]>([
    [{ op: 'review', entryId: 'entry-0001', note: 'still abusive' }, { op: 'review', note: 'still abusive' }],
    [{ op: 'extend', entryId: 'entry-0001', note: 'case open', until: '2027-02-01T12:00:00.000Z' }, { op: 'extend', until: '2027-02-01T12:00:00.000Z' }],
    [{ op: 'clear', entryId: 'entry-0001', why: 'refund settled' }, { op: 'clear', why: 'refund settled' }],
  ])('%o becomes a change the server accepts', (action, expected) => {
    const change = reviewChange(action);
    expect(watchlistChangeSchema.safeParse(change).success).toBe(true);
    expect(change).toMatchObject({ entryId: 'entry-0001', ...expected });
  });

  it('each action is a new change id, so a retry is applied once and two actions are two changes', () => {
    const action: TeamReviewAction = { op: 'review', entryId: 'entry-0001', note: '' };
    expect(reviewChange(action).changeId).not.toBe(reviewChange(action).changeId);
  });

  it('a rejected change is an error naming why', async () => {
    serve(200, { results: [{ changeId: 'x', status: 'rejected', entry: null, conflicts: [], error: { code: 'not-found', message: 'no such entry' } }] });
    await expect(applyReviewAction({ op: 'clear', entryId: 'entry-0001', why: 'gone' })).rejects.toThrow('bad-request: no such entry');
  });

  it('an auditor reads the due list but may not act or resolve', async () => {
    await setTeamState(joinedState('auditor'));
    const requests = serve(200, { entries: [], hasMore: false });
    expect(await teamDueList()).toEqual({ canEdit: false, entries: [], hasMore: false });
    await expect(applyReviewAction({ op: 'review', entryId: 'entry-0001', note: '' })).rejects.toThrow('forbidden');
    await expect(resolveTeamConflict({ id: 1, resolution: { choice: 'current' } })).rejects.toThrow('forbidden');
    expect(requests).toHaveLength(1);
  });

  it('an agent does not even read the due list', async () => {
    await setTeamState(joinedState('agent'));
    await expect(teamDueList()).rejects.toThrow('forbidden');
  });

  it('an unreachable server is named, nothing else assumed', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(teamDueList()).rejects.toThrow('unreachable');
  });
});

describe("the team's audit trail", () => {
  it('sends only the filters set', () => {
    expect(trailQueryString({ kind: 'capture', orderId: '112-4837261-5938217', before: 0 }, 100)).toBe('kind=capture&orderId=112-4837261-5938217&limit=100');
    expect(trailQueryString({ memberId: 'm-2', before: 40 })).toBe('memberId=m-2&before=40');
  });

  it('hands the CSV over as the server wrote it, with the same filters and no paging', async () => {
    const csv = '\uFEFFseq,at\r\n1,"=cmd"\r\n';
    const requests = serve(200, csv, 'text/csv');
    const file = await teamTrailCsv({ kind: 'export', before: 30 });
    expect(requests[0]?.url).toBe('http://127.0.0.1:8787/v1/audit/events.csv?kind=export');
    expect(file.text.endsWith('1,"=cmd"\r\n')).toBe(true);
    expect(file.fileName).toMatch(/^seller-guard-team-audit-Support-EU-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it("names the server's refusal of the CSV", async () => {
    serve(403, { error: { code: 'forbidden', message: 'leads only' } });
    await expect(teamTrailCsv({})).rejects.toThrow('forbidden');
  });
});
