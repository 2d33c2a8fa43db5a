import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';
import { joinFromOptions } from './team/join-from-options';
import { teamBackends } from './team/team-backends';
import { startTeamServer, type TeamServer } from './team/team-server-process';

interface Entry {
  id: string;
  reviewedAt: string | null;
  history: { action: string; by: string; note?: string }[];
}

/** A day `days` from now as an <input type=date> value. */
const dayAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE');

describe.each(teamBackends())("a lead's changes waiting for the team server, in Options, on $name", (backend) => {
  let server: TeamServer;
  let adminToken: string;
  let lead: Harness;
  let options: Page;

  beforeAll(async () => {
    server = await startTeamServer(await backend.env());
    adminToken = (await server.api<{ token: string }>('POST', '/v1/join', null, { inviteCode: server.adminInvite })).token;
    lead = await launchExtension('production', { allowOrigins: [server.origin] });
    const invite = await server.api<{ code: string }>('POST', '/v1/invites', adminToken, { name: 'Lee Lead', role: 'lead' });
    options = await joinFromOptions(lead, server.origin, invite.code, 'Lee Lead');
  }, 300_000);
  afterAll(async () => {
    await lead?.close();
    await server?.stop();
  });

  it('with the server stopped the review is listed as waiting; when the server is back it leaves the list and is on the server', async () => {
    const added = await server.api<{ results: { entry: Entry }[] }>('POST', '/v1/watchlist/changes', adminToken, {
      changes: [{ changeId: `chg-${crypto.randomUUID()}`, entryId: `ent-${crypto.randomUUID()}`, at: new Date().toISOString(), op: 'add', entry: { buyerNames: ['Jordan Ellis'], orderIds: ['112-4837261-5938217'], reason: 'false-claim', severity: 'high' } }],
    });
    const entryId = added.results[0]!.entry.id;
    await options.getByLabel('Due on or before').fill(dayAhead(100));
    const item = options.getByRole('region', { name: 'Due for review' }).getByRole('listitem', { name: 'Jordan Ellis' });
    await item.waitFor({ timeout: 30_000 });

    await server.halt();
    await item.getByLabel('Note for Jordan Ellis').fill('Still claiming; keep');
    await item.getByRole('button', { name: 'Reviewed, keep listed' }).click();
    await options.getByText('Jordan Ellis: review saved on this computer.', { exact: false }).waitFor({ timeout: 60_000 });

    const waiting = options.getByRole('list', { name: 'Waiting for the team server' });
    const row = waiting.getByRole('listitem');
    await expect.poll(() => row.allTextContents(), { timeout: 30_000 }).toEqual([expect.stringMatching(/^Review: Jordan Ellis saved (less than a minute|1 minute) ago$/)]);
    expect(await row.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    await options.getByText('If it refuses one, that change is not sent again', { exact: false }).waitFor();
    expect(await options.getByTestId('team-waiting').textContent()).toBe('1 change waiting to be sent');

    await server.resume();
    await expect.poll(() => waiting.count(), { timeout: 120_000 }).toBe(0);
    const settled = options.getByRole('status', { name: 'Sent or refused since this page opened' });
    expect(await settled.locator('p').allTextContents()).toEqual(['Sent to the team server: Review: Jordan Ellis']);
    expect(await options.getByTestId('team-waiting').textContent()).toBe('No changes waiting to be sent');

    const onServer = (await server.api<{ entries: Entry[] }>('GET', '/v1/watchlist/changes?after=0&limit=1000', adminToken)).entries.find((e) => e.id === entryId)!;
    expect(onServer.reviewedAt).not.toBeNull();
    expect(onServer.history.at(-1)).toMatchObject({ action: 'reviewed', by: 'Lee Lead' });
    expect(lead.foreignRequests).toEqual([]);
  }, 480_000);
});
