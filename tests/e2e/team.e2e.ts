import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';
import { startTeamServer, type TeamServer } from './team/team-server-process';

// Playwright's CSS locators pierce open shadow roots.
const BANNER = 'seller-guard-watchlist-banner .sg-wl-banner';
const ORDER = '112-4837261-5938217';

let server: TeamServer;
let agentB: Harness;
let adminToken: string;

beforeAll(async () => {
  server = await startTeamServer();
  const admin = await server.api<{ token: string }>('POST', '/v1/join', null, { inviteCode: server.adminInvite });
  adminToken = admin.token;
  agentB = await launchExtension('production', { allowOrigins: [server.origin] });
}, 300_000);
afterAll(async () => {
  await agentB?.close();
  await server?.stop();
});

describe('team workspace against a real team server (PGlite)', () => {
  it('refuses plain http to another computer with a clear sentence', async () => {
    const options = await agentB.openOptions();
    await options.getByLabel('Team server address').fill('http://team.example.com');
    await options.getByLabel('Invite code').fill('anything');
    await options.getByRole('button', { name: 'Join team' }).click();
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('Plain http:// is allowed only to this computer');
    await options.close();
  });

  it('names a wrong invite code', async () => {
    const options = await agentB.openOptions();
    await options.getByLabel('Team server address').fill(server.origin);
    await options.getByLabel('Invite code').fill('sgi_not-a-real-code');
    await options.getByRole('button', { name: 'Join team' }).click();
    await expect.poll(() => options.getByRole('alert').textContent(), { timeout: 30_000 }).toContain('This invite code is not valid');
    await options.close();
  });

  it("joins with an invite, and a colleague's new entry reaches the open order page", async () => {
    const invite = await server.api<{ code: string }>('POST', '/v1/invites', adminToken, { name: 'Bo Agent', role: 'agent' });
    const options = await agentB.openOptions();
    await options.getByLabel('Team server address').fill(server.origin);
    await options.getByLabel('Invite code').fill(invite.code);
    await options.getByRole('button', { name: 'Join team' }).click();
    await expect.poll(() => options.getByTestId('team-connected').textContent(), { timeout: 30_000 }).toContain('Connected as Bo Agent (agent)');
    await expect.poll(() => options.getByTestId('team-online').getAttribute('data-online')).toBe('true');

    const page = await agentB.open(`https://sellercentral.amazon.com/orders-v3/order/${ORDER}`);
    await page.locator('[data-test-id="order-id-value"]').waitFor();
    expect(await page.locator(BANNER).count()).toBe(0);

    const added = Date.now();
    await server.api('POST', '/v1/watchlist/changes', adminToken, {
      changes: [
        {
          changeId: `chg-${crypto.randomUUID()}`,
          entryId: `ent-${crypto.randomUUID()}`,
          at: new Date().toISOString(),
          op: 'add',
          entry: { orderIds: [ORDER], reason: 'false-claim', severity: 'high', buyerNames: ['Jordan Ellis'] },
        },
      ],
    });
    await page.locator(BANNER).waitFor({ timeout: 30_000 });
    console.log(`team change on the open page: ${Date.now() - added} ms`);
    expect(await page.locator(BANNER).textContent()).toContain('Jordan Ellis');

    await options.getByRole('button', { name: 'Leave team' }).click();
    await options.getByText('You left the team').waitFor();
    expect(agentB.foreignRequests).toEqual([]);
  });
});
