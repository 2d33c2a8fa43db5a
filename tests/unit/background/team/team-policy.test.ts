import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshTeamPolicy, saveTeamPolicy, viewTeamPolicy } from '../../../../entrypoints/background/team/team-policy';
import { setTeamState } from '../../../../entrypoints/background/team/team-state';
import { joinedState } from './lead-state';
import type { PolicyResponse } from '../../../../rules/team/policy-protocol';
import { teamPolicySchema } from '../../../../rules/team/policy-protocol';
import { getCachedTeamPolicy } from '../../../../storage/team/team-policy-cache';

const STATE = joinedState();
const policy = (terms: string[]) => teamPolicySchema.parse({ blockedTerms: terms });
const answer = (version: number, terms: string[]): PolicyResponse => ({ version, policy: policy(terms), updatedBy: 'Lee Lead', updatedAt: '2026-12-06T10:00:00.000Z' });

/** A fake team server: `routes` answers by method; records requests. */
function serve(route: (method: string, body: unknown) => { status: number; json: unknown }) {
  const requests: { method: string; url: string; body: unknown; auth: string | null }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const body = init.body ? (JSON.parse(String(init.body)) as unknown) : undefined;
    requests.push({ method: init.method ?? 'GET', url, body, auth: new Headers(init.headers).get('authorization') });
    const { status, json } = route(init.method ?? 'GET', body);
    return new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } });
  });
  return requests;
}
const conflict = { status: 409, json: { error: { code: 'version-conflict', message: 'The policy changed since version 1.' } } };

beforeEach(async () => {
  fakeBrowser.reset();
  await setTeamState(STATE);
});
afterEach(() => vi.unstubAllGlobals());

describe('the team policy in the background', () => {
  it('fetches the policy with the token and caches it for the draft guard', async () => {
    const requests = serve(() => ({ status: 200, json: answer(3, ['CheapParts']) }));
    await refreshTeamPolicy();
    expect(requests[0]).toMatchObject({ method: 'GET', url: 'http://127.0.0.1:8787/v1/policy', auth: 'Bearer tok-1' });
    expect(await getCachedTeamPolicy()).toMatchObject({ workspaceId: 'w-1', version: 3, policy: { blockedTerms: ['CheapParts'] } });
  });

  it('does nothing when not joined', async () => {
    await setTeamState(null);
    const requests = serve(() => ({ status: 200, json: answer(1, []) }));
    expect(await refreshTeamPolicy()).toBeNull();
    expect(requests).toEqual([]);
  });

  it('shows the cached policy, marked offline, when the server cannot be reached', async () => {
    serve(() => ({ status: 200, json: answer(2, ['CheapParts']) }));
    await refreshTeamPolicy();
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await viewTeamPolicy()).toMatchObject({ canEdit: true, offline: true, current: { version: 2, policy: { blockedTerms: ['CheapParts'] } } });
  });

  it('saves from the base version and caches what the server answers', async () => {
    const requests = serve((method, body) => ({ status: 200, json: method === 'PUT' ? answer(2, (body as { policy: { blockedTerms: string[] } }).policy.blockedTerms) : answer(1, []) }));
    expect(await saveTeamPolicy(1, policy(['CheapParts']))).toMatchObject({ saved: true, current: { version: 2 } });
    expect(requests[0]).toMatchObject({ method: 'PUT', body: { baseVersion: 1, policy: { blockedTerms: ['CheapParts'] } } });
    expect((await getCachedTeamPolicy())?.policy.blockedTerms).toEqual(['CheapParts']);
  });

  it('a stale save is not an error: the answer is the policy a colleague saved, to show beside what the lead typed', async () => {
    serve((method) => (method === 'PUT' ? conflict : { status: 200, json: answer(5, ['TheirTerm']) }));
    expect(await saveTeamPolicy(1, policy(['MyTerm']))).toEqual({ saved: false, current: answer(5, ['TheirTerm']) });
    expect((await getCachedTeamPolicy())?.version).toBe(5);
  });

  it.each(['agent', 'auditor'] as const)('refuses a save from an %s before asking the server', async (role) => {
    await setTeamState(joinedState(role));
    const requests = serve(() => ({ status: 200, json: answer(1, []) }));
    await expect(saveTeamPolicy(0, policy(['x']))).rejects.toThrow('forbidden');
    expect(requests).toEqual([]);
    expect((await viewTeamPolicy()).canEdit).toBe(false);
  });

  it("names the server's refusal", async () => {
    serve(() => ({ status: 400, json: { error: { code: 'bad-request', message: 'policy.blockedTerms[0]: too long', field: 'policy.blockedTerms[0]' } } }));
    await expect(saveTeamPolicy(0, policy(['x']))).rejects.toThrow('bad-request: policy.blockedTerms[0]: too long');
  });
});
