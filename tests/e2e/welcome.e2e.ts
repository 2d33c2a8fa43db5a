import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../storage/audit/audit-schema';
import { FIXTURE_URLS } from '../fixtures/site';
import { readStore } from './capture-inspect';
import { launchExtension, type Harness } from './harness';

let h: Harness;
let welcome: Page;

beforeAll(async () => {
  h = await launchExtension('e2e', { keepWelcome: true });
  welcome = h.context.pages().find((page) => page.url().endsWith('/welcome.html')) ?? (await h.context.newPage());
});
afterAll(async () => {
  await h?.close();
});

const auditEntries = async () => (await readStore<AuditEntry>(h.worker, 'audit')).sort((a, b) => a.id! - b.id!);

describe('first run', () => {
  it('opens the welcome page by itself on install', () => {
    expect(h.welcomeOpenedOnInstall).toBe(true);
  });

  it('says the name is missing in the popup and in the page’s capture options, with a button to fix it', async () => {
    const order = await h.open(FIXTURE_URLS.orderUs);
    await order.bringToFront();
    await order.getByRole('button', { name: 'Options' }).click();
    await expect.poll(() => order.getByRole('button', { name: 'Set your name' }).count(), { timeout: 30_000 }).toBe(1);
    const popup = await h.openPopup(order);
    await expect.poll(() => popup.getByRole('button', { name: 'Set your name' }).count(), { timeout: 30_000 }).toBe(1);
    await popup.close();
    await order.close();
  });

  it('refuses an empty or too long name and keeps the last good one', async () => {
    await welcome.bringToFront();
    const name = welcome.getByLabel('Name shown in the audit trail');
    await name.fill('   ');
    await welcome.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => welcome.getByRole('alert').first().textContent()).toContain('Enter your name');
    await name.fill('x'.repeat(121));
    await welcome.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => welcome.getByRole('alert').first().textContent()).toContain('at most 120');
    const stored = await h.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as { agentName?: string } | undefined);
    expect(stored?.agentName ?? '').toBe('');
  });

  it('sets the name, and the next audit entry carries it', async () => {
    await welcome.bringToFront();
    await welcome.getByLabel('Name shown in the audit trail').fill('  Mia Schulz ');
    await welcome.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => welcome.getByText('New audit entries carry “Mia Schulz”').count()).toBe(1);

    const order = await h.open(FIXTURE_URLS.orderUs);
    await order.bringToFront();
    await order.getByRole('button', { name: 'Capture page' }).waitFor({ timeout: 30_000 });
    await order.getByRole('button', { name: 'Options' }).click();
    await order.getByRole('radio', { name: 'Full page' }).waitFor();
    expect(await order.getByRole('button', { name: 'Set your name' }).count()).toBe(0);
    const before = (await auditEntries()).length;
    await order.getByRole('button', { name: 'Capture page' }).click();
    await expect.poll(async () => (await auditEntries()).length, { timeout: 45_000 }).toBe(before + 1);
    const entry = (await auditEntries()).at(-1)!;
    expect(entry).toMatchObject({ kind: 'capture', agent: 'Mia Schulz' });
    await order.close();
  });

  it('saves marketplaces and retention, offers screenshots, shows the tour and is skippable', async () => {
    await welcome.bringToFront();
    await welcome.getByRole('checkbox', { name: 'DE' }).check();
    await welcome.getByLabel('Redact buyer data in captures after').selectOption('14');
    const settings = () =>
      h.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>);
    await expect.poll(async () => (await settings()).marketplaces).toEqual(['DE']);
    await expect.poll(async () => (await settings()).retention).toMatchObject({ redactAfterDays: 14 });
    // The e2e build holds <all_urls> from the start, so the offer shows the granted state.
    await expect.poll(() => welcome.locator('[data-permission]').getAttribute('data-permission')).toBe('granted');
    expect(await welcome.locator('.welcome-tour img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth > 0))).toEqual([true, true, true, true]);
    const closed = welcome.waitForEvent('close');
    await welcome.getByRole('button', { name: 'Skip for now' }).click();
    await closed;
    expect((await settings()).welcomeSeen).toBe(true);
  });
});

describe('options and popup layout', () => {
  it('options: a side navigation whose current section follows the keyboard, and a link back to the welcome page', async () => {
    const options = await h.openOptions();
    const nav = options.getByRole('navigation', { name: 'Sections' });
    await expect.poll(() => nav.getByRole('link', { name: 'Language' }).getAttribute('aria-current')).toBe('location');
    const retention = nav.getByRole('link', { name: 'Retention of buyer data' });
    await retention.focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => retention.getAttribute('aria-current')).toBe('location');
    expect(await nav.locator('[aria-current]').count()).toBe(1);
    expect(await options.getByRole('link', { name: 'Open the welcome page again' }).getAttribute('href')).toMatch(/\/welcome\.html$/);
    await options.close();
  });

  it.each(['options', 'welcome'])('%s has no horizontal scroll at double zoom (a 1280 px window is 640 CSS px wide)', async (name) => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 640, height: 700 });
    await page.goto(`chrome-extension://${h.extensionId}/${name}.html`);
    await page.locator('h1').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
