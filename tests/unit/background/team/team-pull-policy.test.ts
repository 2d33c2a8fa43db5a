import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pullTeamWatchlist } from '../../../../entrypoints/background/team/team-pull';
import { setTeamState } from '../../../../entrypoints/background/team/team-state';
import { teamPolicySchema } from '../../../../rules/team/policy-protocol';
import { getCachedTeamPolicy, setCachedTeamPolicy } from '../../../../storage/team/team-policy-cache';
import { resetDb } from '../../storage/archive-fixtures';
import { joinedState } from './lead-state';

const STATE = joinedState('agent');
const policyAt = (version: number, blockedTerms: string[]) => ({
  version,
  policy: teamPolicySchema.parse({ blockedTerms }),
  updatedBy: 'Lee Lead',
  updatedAt: '2026-12-06T10:00:00.000Z',
});

/** A fake server whose pulls name policy version `policyVersion` (undefined: a server without the signal). */
function serve(policyVersion: number | undefined, policy = policyAt(2, ['GreyMarket']), policyDown = false) {
  const urls: URL[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    const asked = new URL(url);
    urls.push(asked);
    if (asked.pathname === '/v1/policy') {
      if (policyDown) throw new TypeError('Failed to fetch');
      return Response.json(policy);
    }
    return Response.json({ entries: [], cursor: 0, hasMore: false, ...(policyVersion === undefined ? {} : { policyVersion }) });
  });
  return { pulls: () => urls.filter((u) => u.pathname === '/v1/watchlist/changes'), policyFetches: () => urls.filter((u) => u.pathname === '/v1/policy').length };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await resetDb();
  await setTeamState(STATE);
  await setCachedTeamPolicy('w-1', policyAt(1, ['CheapParts']));
});
afterEach(() => vi.unstubAllGlobals());

describe('the policy signal in the live pull', () => {
  it('names the version held, and fetches the policy at once when the server names a newer one', async () => {
    const server = serve(2);
    await pullTeamWatchlist(STATE, 25);
    expect(server.pulls()[0]!.searchParams.get('policy')).toBe('1');
    expect(server.policyFetches()).toBe(1);
    expect(await getCachedTeamPolicy()).toMatchObject({ workspaceId: 'w-1', version: 2, policy: { blockedTerms: ['GreyMarket'] } });
  });

  it.each([
    ['the server names the version held', 1],
    ['the server does not know the signal', undefined],
  ])('fetches nothing more when %s', async (_, answered) => {
    const server = serve(answered);
    await pullTeamWatchlist(STATE, 25);
    expect(server.policyFetches()).toBe(0);
    expect((await getCachedTeamPolicy())?.version).toBe(1);
  });

  it.each([
    ['none is cached yet', async () => fakeBrowser.storage.local.remove('team-policy')],
    ["the cached one is another team's", async () => setCachedTeamPolicy('w-other', policyAt(7, []))],
  ])('names version 0 when %s, and fetches the policy the server names', async (_, cache) => {
    await cache();
    const server = serve(2);
    await pullTeamWatchlist(STATE, 25);
    expect(server.pulls()[0]!.searchParams.get('policy')).toBe('0');
    expect(server.policyFetches()).toBe(1);
    expect(await getCachedTeamPolicy()).toMatchObject({ workspaceId: 'w-1', version: 2 });
  });

  it('fails the pull when the new policy cannot be fetched, so the live loop backs off instead of asking again at once', async () => {
    serve(2, policyAt(2, []), true);
    await expect(pullTeamWatchlist(STATE, 25)).rejects.toThrow();
    expect((await getCachedTeamPolicy())?.version).toBe(1);
  });
});
