import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS, type FixturePage } from '../fixtures/site';
import { launchExtension, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await launchExtension('production');
});
afterAll(async () => {
  expect(harness.foreignRequests, 'requests to hosts other than Seller Central').toEqual([]);
  await harness?.close();
});

const chip = (page: import('playwright-core').Page) => page.locator('seller-guard-status .sg-chip');

describe('page recognition in real Chromium', () => {
  it.each<[FixturePage, string, string, string]>([
    ['orderUs', 'Order details', '112-4837261-5938217', 'Jordan Ellis'],
    ['orderDe', 'Order details', '302-1938475-6647382', 'Lukas Schäfer'],
    ['threadUs', 'Buyer message thread', '112-4837261-5938217', 'Jordan Ellis'],
    ['threadDe', 'Buyer message thread', '302-1938475-6647382', 'Lukas Schäfer'],
    ['contactUs', 'Contact buyer', '112-4837261-5938217', 'Jordan Ellis'],
    ['contactDe', 'Contact buyer', '302-1938475-6647382', 'Lukas Schäfer'],
  ])('%s is recognised as %s of order %s, buyer %s', async (fixture, kind, orderId, buyer) => {
    const page = await harness.open(FIXTURE_URLS[fixture]);
    await expect.poll(() => chip(page).textContent()).toContain(orderId);
    const popup = await harness.openPopup(page);
    await expect.poll(() => popup.locator('[data-field="order"]').textContent()).toBe(orderId);
    expect(await popup.locator('[data-field="kind"]').textContent()).toBe(kind);
    // The URL names the order before the page renders; the buyer comes once the page is read.
    await expect.poll(() => popup.locator('[data-field="buyer"]').textContent()).toBe(buyer);
    await popup.close();
    await page.close();
  });

  it('recognises the order list and counts its orders', async () => {
    const page = await harness.open(FIXTURE_URLS.orderListUs);
    const popup = await harness.openPopup(page);
    await expect.poll(() => popup.locator('[data-field="order"]').textContent()).toMatch(/^\d+ orders listed$/);
    expect(await popup.locator('[data-field="kind"]').textContent()).toBe('Order list');
    await popup.close();
    await page.close();
  });

  it('follows SPA navigation to another order and leaves nothing of the old page', async () => {
    const page = await harness.open(FIXTURE_URLS.orderUs);
    await expect.poll(() => chip(page).textContent()).toContain('112-4837261-5938217');
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));

    await page.getByRole('link', { name: 'Next order' }).click();
    await expect.poll(() => page.url()).toContain('113-9051746-2283901');
    await expect.poll(() => chip(page).textContent()).toContain('113-9051746-2283901');
    expect(loads, 'navigation happened without a page load').toEqual([]);
    expect(await page.locator('seller-guard-status').count(), 'one status chip, the old one removed').toBe(1);
    expect(await chip(page).textContent()).not.toContain('112-4837261-5938217');

    const popup = await harness.openPopup(page);
    await expect.poll(() => popup.locator('[data-field="order"]').textContent()).toBe('113-9051746-2283901');
    await popup.close();
    await page.close();
  });

  it('reports a field the page does not show as not read, instead of inventing it', async () => {
    const page = await harness.open(FIXTURE_URLS.orderUsMissingFields);
    const popup = await harness.openPopup(page);
    await expect.poll(() => popup.locator('.reader-health').textContent()).toContain('buyerName');
    expect(await popup.locator('[data-field="buyer"]').textContent()).toBe('—');
    await popup.close();
    await page.close();
  });

  it('says so in the popup when the tab is not Seller Central', async () => {
    const page = await harness.context.newPage();
    await page.goto('about:blank');
    const popup = await harness.openPopup(page);
    await expect.poll(() => popup.getByRole('status').first().textContent()).toContain('Open a Seller Central');
    await popup.close();
    await page.close();
  });

  it('the production manifest asks <all_urls> only as an optional permission', () => {
    const out = process.env.SELLER_GUARD_OUT ?? '.output';
    const manifest = JSON.parse(readFileSync(`${out}/chrome-mv3/manifest.json`, 'utf8'));
    expect(manifest.host_permissions ?? []).not.toContain('<all_urls>');
    expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'storage', 'unlimitedStorage']);
    expect(manifest.content_scripts[0].matches).toHaveLength(23);
  });
});
