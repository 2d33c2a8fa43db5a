import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS, sentMessages } from '../fixtures/site';
import { readStore } from './capture-inspect';
import { launchExtension, type Harness } from './harness';

// Playwright's locators pierce open shadow roots: the page's kat-* internals and ours.
const BAR = 'seller-guard-templates .sg-templates-bar';
const SEND_API = '/messaging/api/send';
const ORDER_ID = '112-4837261-5938217';
const BUYER = 'Jordan Ellis';
const BUYER_EMAIL = 'k3m9xq2vbw7hty4@marketplace.amazon.com';

let harness: Harness;
beforeAll(async () => {
  harness = await launchExtension('production');
  const options = await harness.openOptions();
  await options.getByLabel('Your name').fill('Dana Reyes');
  await options.getByRole('button', { name: 'Save settings' }).click();
  await options.getByText('Saved.').waitFor();
  await options.close();
});
afterAll(async () => {
  await harness?.close();
});

type AuditRow = { kind: string; agent: string; orderId: string | null; details: Record<string, unknown> };
const auditEntries = () => readStore<AuditRow>(harness.worker, 'audit');
const templateUses = async () => (await auditEntries()).filter((entry) => entry.kind === 'template-use');
const posts = () => harness.sellerCentralRequests.filter((request) => request.startsWith('POST ') && request.includes(SEND_API));
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Open Options at Reply templates and start a new template with these fields. */
async function newTemplate(options: Page, fields: { name: string; reason: string; body: string }) {
  const section = options.locator('#templates');
  await section.getByRole('button', { name: 'New template' }).click();
  const editor = section.locator('form.template-editor');
  await editor.getByLabel('Name').fill(fields.name);
  await editor.getByLabel('Contact reason').selectOption({ label: fields.reason });
  await editor.getByLabel('Language').selectOption({ label: 'English' });
  await editor.getByLabel('Text').fill(fields.body);
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  return editor;
}

/** Open the Templates picker beside the page's reply box, filter it and insert the first match with Enter. */
async function insertTemplate(page: Page, filter: string, expectPreview: RegExp) {
  await page.locator(BAR).getByRole('button', { name: 'Templates' }).click();
  const picker = page.locator(BAR).getByRole('group', { name: 'Approved reply templates' });
  await picker.getByLabel('Filter templates').pressSequentially(filter);
  await expect.poll(() => picker.locator('.sg-templates-preview pre').textContent(), { timeout: 10_000 }).toMatch(expectPreview);
  await picker.getByLabel('Filter templates').press('Enter');
  await picker.waitFor({ state: 'detached' });
}

describe('approved reply templates', () => {
  it('Options creates a template with placeholders, and refuses one with an email address, naming the finding', async () => {
    const options = await harness.openOptions();
    await newTemplate(options, {
      name: 'Order thanks',
      reason: 'Other',
      body: 'Hello {buyerName}, thank you for your order {orderId}. We are preparing it now.\n{agentName}',
    });
    await options.getByText('Saved “Order thanks”, version 1.').waitFor();
    await options.locator('#templates .template-item', { hasText: 'Order thanks' }).waitFor();

    const editor = await newTemplate(options, { name: 'Mail us', reason: 'Other', body: 'Hello {buyerName}, write to help@example.com for order {orderId}.' });
    const alert = editor.getByRole('alert');
    await alert.getByText('This template cannot be saved').waitFor();
    await expect.poll(() => alert.textContent()).toContain('Email address');
    await expect.poll(() => alert.locator('mark.template-mark[data-severity="block"]').first().textContent()).toContain('help@example.com');
    expect(await options.locator('#templates .template-item', { hasText: 'Mail us' }).count()).toBe(0);
    await options.close();
  });

  it('on a contact page the picker inserts the template into the Katal box filled from the page; the counter follows; Send goes through and is logged', async () => {
    const page = await harness.open(FIXTURE_URLS.contactUs);
    const field = page.locator('.contact-buyer-text-area kat-textarea textarea');
    await field.waitFor();
    await page.locator('kat-radiobutton[value="OTHER"] input[type="radio"]').check();
    const expected = `Hello ${BUYER}, thank you for your order ${ORDER_ID}. We are preparing it now.\nDana Reyes`;
    await insertTemplate(page, 'order thanks', new RegExp(`Hello ${BUYER}, thank you for your order ${ORDER_ID}`));
    expect(await field.inputValue()).toBe(expected);
    // Seller Central's own counter listens to the box's input events.
    await expect.poll(() => page.locator('.contact-char-count').textContent()).toBe(`${expected.length}/4000`);

    const before = posts().length;
    await page.locator('kat-button.ayb-contact-form-send-button button').click();
    await page.locator('.ayb-review-dialog kat-button[label="Send"] button').click();
    await page.locator('.kat-alert-success-content').waitFor();
    expect(posts()).toHaveLength(before + 1);
    expect(sentMessages.at(-1)?.text).toBe(expected);
    await expect.poll(async () => (await templateUses()).length, { timeout: 10_000 }).toBe(1);
    const [use] = await templateUses();
    expect(use).toMatchObject({ agent: 'Dana Reyes', orderId: ORDER_ID, details: { version: 1, edited: false, sha256: sha256(expected) } });
    expect(use!.details.templateId).toMatch(/^[0-9a-f-]{36}$/);
    await page.close();
  });

  it('holds Send while a placeholder the page cannot fill is still in the text', async () => {
    const page = await harness.open(FIXTURE_URLS.contactUs);
    const field = page.locator('.contact-buyer-text-area kat-textarea textarea');
    await field.waitFor();
    await page.locator('kat-radiobutton[value="SHIPPING_PROBLEM"] input[type="radio"]').check();
    await insertTemplate(page, 'tracking information', /\{trackingId\}/);
    expect(await field.inputValue()).toContain('{trackingId}');
    const before = posts().length;
    await page.locator('kat-button.ayb-contact-form-send-button button').click();
    await page.locator(BAR).getByRole('alert').getByText('{carrier}', { exact: false }).waitFor();
    expect(await page.locator('.ayb-review-dialog').count()).toBe(0);
    expect(posts()).toHaveLength(before);
    await page.close();
  });

  it('holds Enter in a box that sends on Enter while a placeholder is unfilled, before the page sees the key', async () => {
    const page = await harness.open(FIXTURE_URLS.contactUs);
    const field = page.locator('.contact-buyer-text-area kat-textarea textarea');
    await field.waitFor();
    // A page whose box sends on Enter says so (enterkeyhint="send"); its own handler counts the keys it sees.
    await page.evaluate(() => {
      const box = document.querySelector('.contact-buyer-text-area kat-textarea')!;
      box.setAttribute('enterkeyhint', 'send');
      (window as unknown as { enters: number }).enters = 0;
      box.addEventListener('keydown', (event) => {
        if ((event as KeyboardEvent).key === 'Enter') (window as unknown as { enters: number }).enters += 1;
      });
    });
    await page.locator('kat-radiobutton[value="SHIPPING_PROBLEM"] input[type="radio"]').check();
    await insertTemplate(page, 'tracking information', /\{trackingId\}/);
    const text = await field.inputValue();
    const before = posts().length;
    await field.press('Enter');
    await page.locator(BAR).getByRole('alert').getByText('{carrier}', { exact: false }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { enters: number }).enters)).toBe(0);
    expect(await field.inputValue()).toBe(text);
    expect(posts()).toHaveLength(before);
    await page.close();
  });

  it('fills {trackingId}, {asin}, {carrier} and {deliveryDate} on a thread whose Order side panel shows them', async () => {
    const options = await harness.openOptions();
    await newTemplate(options, {
      name: 'Parcel facts',
      reason: 'Reply in a thread',
      body: 'Hello {buyerName}, your {carrier} tracking: {trackingId} (ASIN {asin}), due by {deliveryDate}.',
    });
    await options.getByText('Saved “Parcel facts”, version 1.').waitFor();
    await options.close();

    const page = await harness.open(FIXTURE_URLS.threadUs);
    const field = page.locator('.reply-text-area kat-textarea textarea');
    await field.waitFor();
    await page.locator('aside.order-side-panel').getByText('9400111899223847565678').waitFor();
    await insertTemplate(page, 'parcel facts', /tracking: 9400/);
    expect(await field.inputValue()).toBe(
      `Hello ${BUYER}, your USPS tracking: 9400111899223847561234, 9400111899223847565678 (ASIN B0C7Q2ZK4M, B0D1X8RT5P), due by Wed, Dec 10, 2025.`,
    );
    await page.close();
  });

  it('on a thread with a high listed buyer an edited free-text draft is stopped and an unedited template goes through', async () => {
    const options = await harness.openOptions();
    const file = { format: 'seller-guard-watchlist', version: 1, exportedAt: '2026-05-01T09:30:00Z', entries: [
      { buyerNames: [BUYER], proxyEmails: [BUYER_EMAIL], orderIds: [ORDER_ID], reason: 'false-claim', severity: 'high' },
    ] };
    await options.getByLabel('Import a watchlist file (JSON or CSV)').setInputFiles({ name: 'high.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await options.getByRole('button', { name: 'Apply import' }).click();
    await options.getByText('Imported high.json: 1 added, 0 updated, 0 skipped.').waitFor();
    await options.close();

    const page = await harness.open(FIXTURE_URLS.threadUs);
    const field = page.locator('.reply-text-area kat-textarea textarea');
    await field.waitFor();
    await page.locator(BAR).getByText('Templates only: this buyer is on the watchlist').waitFor({ timeout: 15_000 });
    const send = page.locator('kat-button.reply-send-button button');
    const before = posts().length;

    await field.fill('Thanks, we are looking into it and will get back to you.');
    await send.click();
    const dialog = page.locator('seller-guard-templates-dialog [role="alertdialog"]');
    await dialog.getByText('This reply is not an unedited approved template').waitFor();
    expect(posts()).toHaveLength(before);
    await dialog.getByRole('button', { name: 'Go back and edit' }).click();
    await dialog.waitFor({ state: 'detached' });

    await field.fill('');
    await insertTemplate(page, 'refund issued', new RegExp(`We have issued the refund for order ${ORDER_ID}`));
    const text = await field.inputValue();
    expect(text).toContain(`Hello ${BUYER},`);
    // Edited after insertion: stopped again.
    await field.press('End');
    await field.pressSequentially(' PS');
    await send.click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Go back and edit' }).click();
    await field.fill('');
    await insertTemplate(page, 'refund issued', /We have issued the refund/);
    await send.click();
    await expect.poll(() => posts().length, { timeout: 10_000 }).toBe(before + 1);
    expect(sentMessages.at(-1)?.text).toBe(text);
    await expect.poll(async () => (await templateUses()).at(-1)?.details.templateId, { timeout: 10_000 }).toBe('starter-refund-issued-en');
    expect((await templateUses()).at(-1)).toMatchObject({ orderId: ORDER_ID, details: { version: 1, edited: false, sha256: sha256(text) } });
    await page.close();
  });
});
