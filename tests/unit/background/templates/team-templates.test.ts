import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setTeamState } from '../../../../entrypoints/background/team/team-state';
import { cachedTeamTemplates, publishTemplateToTeam } from '../../../../entrypoints/background/templates/team-templates';
import { teamPolicySchema, type PolicyResponse, type TeamPolicy } from '../../../../rules/team/policy-protocol';
import { db } from '../../../../storage/db';
import { getCachedTeamPolicy, setCachedTeamPolicy } from '../../../../storage/team/team-policy-cache';
import { saveTemplate } from '../../../../storage/templates/template-store';
import { joinedState } from '../team/lead-state';

const answer = (version: number, replyTemplates: TeamPolicy['replyTemplates'], blockedTerms: string[] = []): PolicyResponse => ({
  version,
  policy: teamPolicySchema.parse({ blockedTerms, replyTemplates }),
  updatedBy: 'Lee Lead',
  updatedAt: '2026-12-06T10:00:00.000Z',
});
const THEIRS = { id: 'thanks', title: 'Thanks', body: 'Thank you for your order {orderId}.', language: 'en' };
const conflict = { status: 409, json: { error: { code: 'version-conflict', message: 'The policy changed.' } } };

/** A fake team server answering GET and PUT /v1/policy; records the PUT bodies. */
function serve(route: (method: string, body: unknown, puts: number) => { status: number; json: unknown }) {
  const puts: unknown[] = [];
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const method = init.method ?? 'GET';
    const body = init.body ? (JSON.parse(String(init.body)) as unknown) : undefined;
    if (method === 'PUT') puts.push(body);
    const { status, json } = route(method, body, puts.length);
    return new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } });
  });
  return puts;
}

async function localTemplate() {
  const outcome = await saveTemplate({
    input: { name: 'Refund issued', reason: 'other', language: 'en', body: 'Hello {buyerName}, we have refunded order {orderId}.' },
    confirmed: true,
    author: 'Lee Lead',
  });
  if (!('saved' in outcome)) throw new Error('not saved');
  return outcome.saved;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await db.templates.clear();
  await setTeamState(joinedState());
});
afterEach(() => vi.unstubAllGlobals());

describe('team templates in the background', () => {
  it("offers the cached policy's templates only while joined to its workspace", async () => {
    await setCachedTeamPolicy('w-1', answer(4, [THEIRS]));
    expect(await cachedTeamTemplates()).toMatchObject([{ id: 'team-thanks', version: 4, team: true }]);
    await setCachedTeamPolicy('w-other', answer(4, [THEIRS]));
    expect(await cachedTeamTemplates()).toEqual([]);
  });

  it('publishes from the version just read, keeping the rest of the policy', async () => {
    const local = await localTemplate();
    const puts = serve((method, body) =>
      method === 'PUT' ? { status: 200, json: { ...answer(3, []), policy: (body as { policy: unknown }).policy } } : { status: 200, json: answer(2, [THEIRS], ['CheapParts']) },
    );
    expect(await publishTemplateToTeam(local.id)).toEqual({ version: 3 });
    expect(puts).toEqual([
      {
        baseVersion: 2,
        policy: expect.objectContaining({
          blockedTerms: ['CheapParts'],
          replyTemplates: [THEIRS, { id: local.id, title: 'Refund issued', body: local.body, language: 'en', reason: 'other' }],
        }),
      },
    ]);
    expect((await getCachedTeamPolicy())?.policy.replyTemplates.map((template) => template.id)).toEqual(['thanks', local.id]);
  });

  it("on a 409 publishes again on top of the colleague's policy, losing neither", async () => {
    const local = await localTemplate();
    let reads = 0;
    const puts = serve((method, body, putCount) => {
      if (method === 'GET') return { status: 200, json: reads++ === 0 ? answer(2, []) : answer(3, [THEIRS]) };
      return putCount === 1 ? conflict : { status: 200, json: { ...answer(4, []), policy: (body as { policy: unknown }).policy } };
    });
    expect(await publishTemplateToTeam(local.id)).toEqual({ version: 4 });
    expect(puts).toHaveLength(2);
    expect(puts[1]).toMatchObject({ baseVersion: 3, policy: { replyTemplates: [THEIRS, { id: local.id }] } });
  });

  it('gives up after a second conflict, writing nothing and leaving the local template as it was', async () => {
    const local = await localTemplate();
    serve((method) => (method === 'PUT' ? conflict : { status: 200, json: answer(5, [THEIRS]) }));
    await expect(publishTemplateToTeam(local.id)).rejects.toThrow();
    expect((await db.templates.toArray()).map((template) => [template.id, template.version])).toEqual([[local.id, 1]]);
  });

  it.each(['agent', 'auditor'] as const)('refuses an %s before asking the server', async (role) => {
    const local = await localTemplate();
    await setTeamState(joinedState(role));
    const puts = serve(() => ({ status: 200, json: answer(1, []) }));
    await expect(publishTemplateToTeam(local.id)).rejects.toThrow('forbidden');
    expect(puts).toEqual([]);
  });
});
