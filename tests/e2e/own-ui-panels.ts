import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { FIXTURE_CASES, FIXTURE_ORDERS } from '../fixtures/site';
import type { Harness } from './harness';

/** A draft the draft guard flags (an email address: Send would be stopped). */
export const RISKY_DRAFT = 'Write to me at support@acme-tools.com';

/** Page kinds whose pages show the capture panel and the watchlist banner, and those with "Add to watchlist". */
const CAPTURE_KINDS = ['order-details', 'message-thread', 'contact-buyer'];
const ADD_KINDS = ['order-details', 'message-thread'];

/**
 * Every buyer of the fixture site on the watchlist (by order id and proxy email, with notes),
 * imported from the options page as an agent would: every order, thread and contact page then
 * shows the banner.
 */
export async function listEveryFixtureBuyer(harness: Harness): Promise<void> {
  const entry = (orderIds: string[], proxyEmail: string | null) => ({
    proxyEmails: proxyEmail ? [proxyEmail.replace(/\+[^@]*@/, '@')] : [],
    orderIds,
    reason: 'false-claim',
    severity: 'high',
    notes: 'Claimed not received after a signed delivery; ask the team lead before any refund.',
  });
  const entries = [
    ...FIXTURE_ORDERS.map((order) => entry([order.orderId], order.buyerProxyEmail)),
    ...FIXTURE_CASES.map((fixtureCase) => entry(fixtureCase.orderIds, fixtureCase.buyerProxyEmail)),
  ];
  const file = JSON.stringify({ format: 'seller-guard-watchlist', version: 1, exportedAt: '2026-05-01T09:30:00Z', entries });
  const options = await harness.openOptions();
  await options.getByLabel('Import a watchlist file (JSON or CSV)').setInputFiles({ name: 'everyone.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await options.getByRole('button', { name: 'Apply import' }).click();
  await options.getByText(/^Imported everyone\.json/).waitFor();
  await options.close();
}

/**
 * Open `url` with every Seller Guard panel the page offers open: a risky draft typed into each
 * reply box (its findings panel shown), the capture panel's options, the watchlist banner's
 * notes, the "Add to watchlist" form and the page-status details. Returns the page kind.
 */
export async function openWithEveryPanel(harness: Harness, url: string): Promise<{ page: Page; kind: string }> {
  const page = await harness.open(url);
  const chip = page.locator('seller-guard-status .sg-chip:not([data-page-kind=""])');
  await chip.waitFor({ state: 'attached' });
  const kind = (await chip.getAttribute('data-page-kind')) ?? '';

  const boxes = page.locator('kat-textarea:not([disabled]) textarea');
  const count = kind === 'order-details' ? 0 : await boxes.count();
  for (let index = 0; index < count; index++) {
    await boxes.nth(index).click();
    await page.keyboard.type(RISKY_DRAFT);
  }
  await expect.poll(() => page.locator('seller-guard-draft-panel .sg-draft-panel[data-blocking="true"]').count(), { timeout: 15_000 }).toBe(count);

  if (CAPTURE_KINDS.includes(kind)) {
    await page.locator('seller-guard-capture').getByRole('button', { name: 'Options' }).click();
    await page.locator('seller-guard-capture .sg-capture-options:not([hidden])').waitFor();
    const banner = page.locator('seller-guard-watchlist-banner .sg-wl-banner');
    await banner.first().waitFor();
    for (const button of await banner.getByRole('button', { name: 'Show notes' }).all()) await button.click();
  }
  if (ADD_KINDS.includes(kind)) {
    await page.locator('seller-guard-watchlist-add').getByRole('button', { name: 'Add to watchlist' }).click();
    await page.getByRole('form', { name: 'Add this buyer to the watchlist' }).waitFor();
  }
  await page.locator('seller-guard-status .sg-chip-toggle').click();
  await page.locator('seller-guard-status .sg-chip-details').waitFor();
  return { page, kind };
}
