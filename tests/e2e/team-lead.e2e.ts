import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS } from '../fixtures/site';
import { launchExtension, type Harness } from './harness';
import { joinFromOptions } from './team/join-from-options';
import { teamBackends } from './team/team-backends';
import { startTeamServer, type TeamServer } from './team/team-server-process';

// Playwright's CSS locators pierce open shadow roots.
const BLOCKED_MARK = 'seller-guard-draft-overlay .sg-draft-mark[data-rule-id="custom.blocked-term"]';
const BANNER = 'seller-guard-watchlist-banner .sg-wl-banner';
const ADD_HOST = 'seller-guard-watchlist-add';
const CAPTURE_BUTTON = 'seller-guard-capture';
const ORDER = '112-4837261-5938217';
const OTHER_ORDER = '113-9051746-2283901';
const WRITE_CONTROLS = ['Save team policy', 'Reviewed, keep listed', 'Put off the review', 'Clear from the list', 'Keep the current value', 'Take the proposed value', 'Use this value'];

interface Entry {
  id: string;
  fieldVersions: Record<string, number>;
  notes: string;
  reviewedAt: string | null;
  history: { action: string; by: string }[];
}
type Push = { results: { status: string; entry: Entry | null }[] };

/** A made-up order id of its own for each test entry. */
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');
const newOrderId = () => `${digits(3)}-${digits(7)}-${digits(7)}`;

/** A day `days` from now as an <input type=date> value. */
const dayAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE');

describe.each(teamBackends())('the leads\' screens against a real team server on $name', (backend) => {
  let server: TeamServer;
  let adminToken: string;
  let lead: Harness;
  let other: Harness;
  let leadOptions: Page;
  const invite = async (name: string, role: string) => (await server.api<{ code: string }>('POST', '/v1/invites', adminToken, { name, role })).code;
  const change = async (token: string, body: Record<string, unknown>) =>
    (await server.api<Push>('POST', '/v1/watchlist/changes', token, { changes: [{ changeId: `chg-${crypto.randomUUID()}`, at: new Date().toISOString(), ...body }] })).results[0]!;
  const addEntry = async (buyer: string, orderIds: string[] = [newOrderId()]) =>
    (await change(adminToken, { op: 'add', entryId: `ent-${crypto.randomUUID()}`, entry: { buyerNames: [buyer], orderIds, reason: 'false-claim', severity: 'high' } })).entry!;
  const entryNow = async (id: string) => (await server.api<{ entries: Entry[] }>('GET', '/v1/watchlist/changes?after=0&limit=1000', adminToken)).entries.find((e) => e.id === id)!;

  beforeAll(async () => {
    server = await startTeamServer(await backend.env());
    adminToken = (await server.api<{ token: string }>('POST', '/v1/join', null, { inviteCode: server.adminInvite })).token;
    [lead, other] = await Promise.all([launchExtension('production', { allowOrigins: [server.origin] }), launchExtension('production', { allowOrigins: [server.origin] })]);
    leadOptions = await joinFromOptions(lead, server.origin, await invite('Lee Lead', 'lead'), 'Lee Lead');
  }, 300_000);
  afterAll(async () => {
    await lead?.close();
    await other?.close();
    await server?.stop();
  });

  it("a lead's blocked word flags an agent's draft; a colleague's save first keeps what the lead typed", async () => {
    const agentOptions = await joinFromOptions(other, server.origin, await invite('Ann Agent', 'agent'), 'Ann Agent');
    await agentOptions.getByRole('heading', { name: 'Team policy' }).waitFor();
    expect(await agentOptions.getByRole('button', { name: 'Save team policy' }).count()).toBe(0);
    expect(await agentOptions.getByRole('heading', { name: 'Due for review' }).count()).toBe(0);
    expect(await agentOptions.getByRole('heading', { name: "The team's audit trail" }).count()).toBe(0);

    const terms = leadOptions.getByLabel('Team blocked words (one per line)');
    await terms.fill('CheapParts');
    await leadOptions.getByRole('button', { name: 'Save team policy' }).click();
    const saved = Date.now();
    await leadOptions.getByText('Team policy saved (version 1)').waitFor({ timeout: 30_000 });

    const page = await other.open(FIXTURE_URLS.contactUs);
    const field = page.locator('.contact-buyer-text-area kat-textarea textarea');
    await field.waitFor();
    await field.click();
    await page.keyboard.type('Spares are cheaper at CheapParts.');
    await page.locator(BLOCKED_MARK).first().waitFor({ timeout: 120_000 });
    console.log(`team policy on an agent's draft: ${Date.now() - saved} ms after the lead's save`);
    await page.close();
    await expect.poll(() => agentOptions.reload().then(() => agentOptions.getByTestId('team-policy-terms').textContent()), { timeout: 30_000 }).toBe('CheapParts');

    // A colleague saves version 2 while this lead is typing.
    await server.api('PUT', '/v1/policy', adminToken, { baseVersion: 1, policy: { blockedTerms: ['CheapParts', 'RivalShop'] } });
    await terms.fill('CheapParts\nGreyMarket');
    await leadOptions.getByRole('button', { name: 'Save team policy' }).click();
    await expect.poll(() => leadOptions.getByRole('alert').allTextContents(), { timeout: 30_000 }).toContainEqual(expect.stringContaining('A colleague saved the team policy first (version 2'));
    expect(await terms.inputValue()).toBe('CheapParts\nGreyMarket');
    expect(await leadOptions.getByTestId('team-policy-terms').textContent()).toBe('CheapParts, RivalShop');
    await leadOptions.getByRole('button', { name: 'Save team policy' }).click();
    await leadOptions.getByText('Team policy saved (version 3)').waitFor({ timeout: 30_000 });
    await agentOptions.getByRole('button', { name: 'Leave team' }).click();
    await agentOptions.close();
  });

  it('a lead sees an entry due for review and reviews it, and clears another only with a reason', async () => {
    const jordan = await addEntry('Jordan Ellis', [ORDER]);
    const sam = await addEntry('Sam Byrd');
    await leadOptions.getByLabel('Due on or before').fill(dayAhead(100));
    const item = leadOptions.getByRole('region', { name: 'Due for review' }).getByRole('listitem', { name: 'Jordan Ellis' });
    await item.waitFor({ timeout: 30_000 });
    await item.getByLabel('Note for Jordan Ellis').fill('Still claiming; keep');
    await item.getByRole('button', { name: 'Reviewed, keep listed' }).click();
    await leadOptions.getByText('Jordan Ellis: reviewed.').waitFor({ timeout: 30_000 });
    const reviewed = await entryNow(jordan.id);
    expect(reviewed.reviewedAt).not.toBeNull();
    expect(reviewed.history.at(-1)).toMatchObject({ action: 'reviewed', by: 'Lee Lead' });

    const samItem = leadOptions.getByRole('region', { name: 'Due for review' }).getByRole('listitem', { name: 'Sam Byrd' });
    await samItem.getByRole('button', { name: 'Clear from the list' }).click();
    await leadOptions.getByText('Say why the buyer is cleared.').waitFor();
    await samItem.getByLabel('Why Sam Byrd is cleared').fill('Refund dispute settled');
    await samItem.getByRole('button', { name: 'Clear from the list' }).click();
    await leadOptions.getByText('Sam Byrd: cleared (kept in the history).').waitFor({ timeout: 30_000 });
    expect((await entryNow(sam.id)).history.at(-1)).toMatchObject({ action: 'cleared', by: 'Lee Lead' });
    await expect.poll(() => samItem.count()).toBe(0);
  });

  it('a lead resolves a conflict with an edited value', async () => {
    const entry = await addEntry('Pat Doe');
    const base = { notes: entry.fieldVersions.notes ?? 0 };
    expect((await change(adminToken, { op: 'edit', entryId: entry.id, set: { notes: 'Refund sent' }, base })).status).toBe('applied');
    expect((await change(adminToken, { op: 'edit', entryId: entry.id, set: { notes: 'Refund refused' }, base })).status).toBe('conflict');

    const panel = leadOptions.getByRole('region', { name: 'Conflicting changes' });
    await panel.getByRole('button', { name: 'Reload' }).click();
    const item = panel.getByRole('listitem', { name: 'Notes' });
    await item.waitFor({ timeout: 30_000 });
    expect(await item.getByTestId('conflict-current').textContent()).toBe('Refund sent');
    expect(await item.getByTestId('conflict-proposed').textContent()).toBe('Refund refused');
    await item.getByLabel('Another value for Notes').fill('Refund sent, then refused by the bank');
    await item.getByRole('button', { name: 'Use this value' }).click();
    await panel.getByText('Conflict resolved').waitFor({ timeout: 30_000 });
    expect((await entryNow(entry.id)).notes).toBe('Refund sent, then refused by the bank');
    expect((await server.api<{ conflicts: unknown[] }>('GET', '/v1/watchlist/conflicts', adminToken)).conflicts).toEqual([]);
  });

  it("a lead filters the team's trail, pages back, and downloads the filter as CSV", async () => {
    const cy = await server.api<{ token: string }>('POST', '/v1/join', null, { inviteCode: await invite('Cy Agent', 'agent') });
    const event = (kind: string, summary: string, orderId: string | null = null) => ({ eventId: `evt-${crypto.randomUUID()}`, kind, at: new Date().toISOString(), orderId, summary });
    const many = Array.from({ length: 105 }, (_, i) => event('retention', `retention run ${i}`));
    await server.api('POST', '/v1/audit/events', cy.token, { events: [event('capture', 'captured the order page', ORDER), ...many, event('draft-override', '=HYPERLINK("http://x.example")', OTHER_ORDER)] });
    await server.api('POST', '/v1/audit/events', adminToken, { events: [event('capture', 'admin capture', ORDER)] });

    const panel = leadOptions.getByRole('region', { name: "The team's audit trail" });
    await panel.getByRole('button', { name: 'Reload' }).click();
    const rows = panel.getByRole('table').locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(100);
    await panel.getByRole('button', { name: 'Show older events' }).click();
    await expect.poll(() => panel.getByRole('table').textContent(), { timeout: 30_000 }).toContain('captured the order page');

    await panel.getByLabel('Agent').selectOption({ label: 'Cy Agent' });
    await panel.getByLabel('Kind').selectOption('capture');
    await panel.getByRole('button', { name: 'Show', exact: true }).click();
    await expect.poll(() => rows.allTextContents(), { timeout: 30_000 }).toEqual([expect.stringContaining('captured the order page')]);

    await panel.getByLabel('Kind').selectOption('');
    await panel.getByLabel('Order id').fill(OTHER_ORDER);
    await panel.getByRole('button', { name: 'Show', exact: true }).click();
    await expect.poll(() => rows.allTextContents(), { timeout: 30_000 }).toEqual([expect.stringContaining('=HYPERLINK("http://x.example")')]);
    expect(await panel.locator('a[href*="x.example"]').count()).toBe(0);

    const [download] = await Promise.all([leadOptions.waitForEvent('download', { timeout: 60_000 }), panel.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^seller-guard-team-audit-.*\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Cy Agent');
    expect(lines[1]).toContain(OTHER_ORDER);
    expect(lines[1]).not.toMatch(/(^|,)"?=HYPERLINK/);
    expect(lead.foreignRequests).toEqual([]);
  });

  it('an auditor sees the policy, the due list, the conflicts, the trail and a listed buyer\'s warning on the order page, without any control that changes them', async () => {
    const entry = await addEntry('Quinn Audit');
    const base = { severity: entry.fieldVersions.severity ?? 0 };
    await change(adminToken, { op: 'edit', entryId: entry.id, set: { severity: 'medium' }, base });
    await change(adminToken, { op: 'edit', entryId: entry.id, set: { severity: 'watch' }, base });

    const options = await joinFromOptions(other, server.origin, await invite('Aud Itor', 'auditor'), 'Aud Itor');
    await expect.poll(() => options.getByTestId('team-policy-terms').textContent(), { timeout: 30_000 }).toBe('CheapParts, GreyMarket');
    await options.getByLabel('Due on or before').fill(dayAhead(100));
    await options.getByRole('region', { name: 'Due for review' }).getByRole('listitem', { name: 'Quinn Audit' }).waitFor({ timeout: 30_000 });
    await options.getByRole('region', { name: 'Conflicting changes' }).getByRole('listitem', { name: 'Severity' }).waitFor({ timeout: 30_000 });
    const trail = options.getByRole('region', { name: "The team's audit trail" });
    await expect.poll(() => trail.getByRole('table').locator('tbody tr').count(), { timeout: 30_000 }).toBe(100);
    for (const name of WRITE_CONTROLS) expect(await options.getByRole('button', { name }).count(), name).toBe(0);
    expect(await options.getByLabel('Team blocked words (one per line)').count()).toBe(0);
    expect(await options.getByLabel('Note for Quinn Audit').count()).toBe(0);

    // An order page of a listed buyer: the warning, and no control that would change the list.
    const page = await other.open(`https://sellercentral.amazon.com/orders-v3/order/${ORDER}`);
    await page.locator(BANNER).filter({ hasText: 'Jordan Ellis' }).waitFor({ timeout: 30_000 });
    await page.locator(CAPTURE_BUTTON).first().waitFor({ timeout: 30_000 });
    expect(await page.getByRole('button', { name: 'Add to watchlist' }).count()).toBe(0);
    expect(await page.locator(ADD_HOST).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Save to watchlist' }).count()).toBe(0);
    await page.close();
    await options.close();
  });
});
