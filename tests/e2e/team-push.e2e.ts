import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';
import { startTeamServer, type TeamServer } from './team/team-server-process';

// Playwright's CSS locators pierce open shadow roots.
const BANNER = 'seller-guard-watchlist-banner .sg-wl-banner';
const ADD = 'seller-guard-watchlist-add';
const ORDER_JORDAN = '112-4837261-5938217';
const ORDER_OFFLINE = '112-7788123-4455667';
const ORDER_DE = '302-1938475-6647382';
const ORDER_URL: Record<string, string> = {
  [ORDER_JORDAN]: `https://sellercentral.amazon.com/orders-v3/order/${ORDER_JORDAN}`,
  [ORDER_OFFLINE]: `https://sellercentral.amazon.com/orders-v3/order/${ORDER_OFFLINE}`,
  [ORDER_DE]: `https://sellercentral-europe.amazon.com/orders-v3/order/${ORDER_DE}`,
};

// PGlite always; PostgreSQL too when one is given (server/scripts/with-postgres.sh sets TEST_DATABASE_URL).
const POSTGRES_URL = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || '';
const BACKENDS: [string, string][] = [['PGlite', ''], ...(POSTGRES_URL ? ([['PostgreSQL', POSTGRES_URL]] as [string, string][]) : [])];

async function joinFromOptions(harness: Harness, origin: string, code: string, name: string): Promise<Page> {
  const options = await harness.openOptions();
  await options.getByLabel('Team server address').fill(origin);
  await options.getByLabel('Invite code').fill(code);
  await options.getByRole('button', { name: 'Join team' }).click();
  await options.getByTestId('team-connected').getByText(`Connected as ${name}`, { exact: false }).waitFor({ timeout: 30_000 });
  return options;
}

async function openOrder(harness: Harness, orderId: string): Promise<Page> {
  const page = await harness.open(ORDER_URL[orderId]!);
  await page.locator('[data-test-id="order-id-value"]').waitFor();
  return page;
}

/** "Add to watchlist" on the open order page, as an agent does it. */
async function addFromOrderPage(page: Page): Promise<void> {
  await page.locator(ADD).getByRole('button', { name: 'Add to watchlist' }).click();
  const form = page.getByRole('form', { name: 'Add this buyer to the watchlist' });
  await form.getByLabel('Reason').selectOption('false-claim');
  await form.getByLabel('Severity').selectOption('high');
  await form.getByRole('button', { name: 'Save to watchlist' }).click();
  await page.locator(ADD).getByRole('status').getByText(/to the watchlist/).waitFor();
}

const waitingText = (options: Page) => options.getByTestId('team-waiting').textContent();

describe.each(BACKENDS)('two agents in one team workspace (%s)', (_backend, databaseUrl) => {
  let server: TeamServer;
  let agentA: Harness;
  let agentB: Harness;
  let adminToken: string;
  let auditorToken: string;
  let optionsA: Page;

  beforeAll(async () => {
    server = await startTeamServer({ DATABASE_URL: databaseUrl });
    adminToken = (await server.api<{ token: string }>('POST', '/v1/join', null, { inviteCode: server.adminInvite })).token;
    const invite = (name: string, role: string) => server.api<{ code: string }>('POST', '/v1/invites', adminToken, { name, role });
    const [inviteA, inviteB, inviteAuditor] = await Promise.all([invite('Ann Agent', 'agent'), invite('Bo Agent', 'agent'), invite('Aud Itor', 'auditor')]);
    auditorToken = (await server.api<{ token: string }>('POST', '/v1/join', null, { inviteCode: inviteAuditor.code })).token;
    agentA = await launchExtension('production', { allowOrigins: [server.origin] });
    agentB = await launchExtension('production', { allowOrigins: [server.origin] });
    optionsA = await joinFromOptions(agentA, server.origin, inviteA.code, 'Ann Agent');
    await (await joinFromOptions(agentB, server.origin, inviteB.code, 'Bo Agent')).close();
  }, 600_000);
  afterAll(async () => {
    await agentA?.close();
    await agentB?.close();
    await server?.stop();
  });

  it("A adds a buyer from an order page and B's open page for that buyer shows the banner", async () => {
    const pageB = await openOrder(agentB, ORDER_JORDAN);
    expect(await pageB.locator(BANNER).count()).toBe(0);
    const pageA = await openOrder(agentA, ORDER_JORDAN);
    const started = Date.now();
    await addFromOrderPage(pageA);
    await pageB.locator(BANNER).waitFor({ timeout: 30_000 });
    console.log(`team.e2e.propagation (${_backend}): ${Date.now() - started} ms`);
    expect(await pageB.locator(BANNER).textContent()).toContain('Jordan Ellis');
    await expect.poll(() => waitingText(optionsA), { timeout: 30_000 }).toBe('No changes waiting to be sent');
    // An agent may only add: Options offers no edit, review, clear or delete of team entries.
    const list = optionsA.getByRole('list', { name: 'Watchlist entries' });
    await list.getByRole('listitem').first().waitFor();
    expect(await list.getByRole('button').count()).toBe(0);
    await pageA.close();
    await pageB.close();
  }, 120_000);

  it("with the server stopped, A's change waits, and arrives when the server is back", async () => {
    await server.halt();
    const pageA = await openOrder(agentA, ORDER_OFFLINE);
    await addFromOrderPage(pageA);
    await expect.poll(() => waitingText(optionsA), { timeout: 30_000 }).toBe('1 change waiting to be sent');
    await server.resume();
    await expect.poll(() => waitingText(optionsA), { timeout: 60_000 }).toBe('No changes waiting to be sent');
    const pageB = await openOrder(agentB, ORDER_OFFLINE);
    await pageB.locator(BANNER).waitFor({ timeout: 60_000 });
    await pageA.close();
    await pageB.close();
  }, 480_000);

  it("the team's audit trail holds both agents' entries under their names, and an auditor reads it but changes nothing", async () => {
    await addFromOrderPage(await openOrder(agentB, ORDER_DE));
    type Trail = { events: { agent: string; kind: string; orderId: string | null }[] };
    const trail = () => server.api<Trail>('GET', '/v1/audit/events?kind=watchlist-add', auditorToken);
    await expect
      .poll(async () => (await trail()).events.map((e) => `${e.agent} ${e.orderId}`).sort(), { timeout: 60_000 })
      .toEqual([`Ann Agent ${ORDER_JORDAN}`, `Ann Agent ${ORDER_OFFLINE}`, `Bo Agent ${ORDER_DE}`]);

    const now = new Date().toISOString();
    const writes: [string, string, unknown][] = [
      ['POST', '/v1/watchlist/changes', { changes: [{ changeId: 'chg-auditor-1', entryId: 'ent-auditor-1', at: now, op: 'add', entry: { orderIds: [ORDER_DE], reason: 'other', severity: 'high', notes: 'x' } }] }],
      ['POST', '/v1/audit/events', { events: [{ eventId: 'evt-auditor-1', kind: 'export', at: now }] }],
      ['POST', '/v1/invites', { name: 'Mallory', role: 'admin' }],
    ];
    for (const [method, path, body] of writes) {
      await expect(server.api(method as 'POST', path, auditorToken, body)).rejects.toThrow(/403/);
    }
    expect(agentA.foreignRequests).toEqual([]);
    expect(agentB.foreignRequests).toEqual([]);
  }, 120_000);
});
