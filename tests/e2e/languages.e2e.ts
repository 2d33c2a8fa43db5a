import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_URLS } from '../fixtures/site';
import { launchExtension, type Harness } from './harness';

/**
 * The interface speaks the browser's language (German, Simplified Chinese, else English) and
 * the agent's choice in Options overrides it, live. Each case asserts words the agent reads
 * in the reply check, the popup and Options, and that the English ones are gone.
 */
const manifestDescription = (folder: string) =>
  (JSON.parse(readFileSync(resolve('public/_locales', folder, 'messages.json'), 'utf8')) as Record<string, { message: string }>)
    .extDescription!.message;
const PANEL = 'seller-guard-draft-panel .sg-draft-panel';
const RISKY_DRAFT = 'Hi Jordan, please write to support@acme-tools.com about the warranty.';

interface Expected {
  panelSummary: RegExp;
  category: string;
  advicePrefix: string;
  counter: string;
  popupPageKind: string;
  optionsHeading: string;
  saveButton: string;
  /** Words of the watchlist editor in Options. */
  watchlistShare: string;
  /** The store and chrome://extensions description, from public/_locales. */
  extensionDescription: string;
}

const GERMAN: Expected = {
  panelSummary: /^Senden wird angehalten: \d+ Verstö/,
  category: 'E-Mail-Adresse',
  advicePrefix: 'Besser: ',
  counter: `${RISKY_DRAFT.length} / 4.000 Zeichen`,
  popupPageKind: 'Käufer kontaktieren',
  extensionDescription: manifestDescription('de'),
  optionsHeading: 'Käufer-Beobachtungsliste',
  saveButton: 'Einstellungen speichern',
  watchlistShare: 'Liste teilen',
};
const CHINESE: Expected = {
  panelSummary: /^发送将被拦截：有 \d+ 处违反亚马逊买家消息政策/,
  category: '电子邮件地址',
  advicePrefix: '建议：',
  counter: `${RISKY_DRAFT.length} / 4,000 个字符`,
  popupPageKind: '联系买家',
  extensionDescription: manifestDescription('zh_CN'),
  optionsHeading: '买家观察名单',
  saveButton: '保存设置',
  watchlistShare: '共享名单',
};

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function typeRiskyDraft(page: Page) {
  const field = page.locator('.contact-buyer-text-area kat-textarea textarea');
  await field.waitFor();
  await field.click();
  await page.keyboard.type(RISKY_DRAFT);
}

/** The panel's summary sentence, without the brand name in front of it. */
async function summaryOf(panel: Locator): Promise<string> {
  const text = (await panel.locator('.sg-draft-summary').textContent()) ?? '';
  return text.replace(/^Seller Guard\s*/, '');
}

async function expectReplyCheck(page: Page, expected: Expected) {
  await typeRiskyDraft(page);
  const panel = page.locator(PANEL);
  await expect.poll(() => panel.locator('.sg-draft-counter').textContent(), { timeout: 20_000 }).toBe(expected.counter);
  await expect(summaryOf(panel)).resolves.toMatch(expected.panelSummary);
  const finding = panel.locator('.sg-draft-finding[data-rule-id="email.address"]');
  await expect(finding.locator('strong').textContent()).resolves.toBe(expected.category);
  await expect(finding.locator('.sg-draft-advice').textContent()).resolves.toContain(expected.advicePrefix);
  const text = (await panel.textContent()) ?? '';
  expect(text).not.toContain('Send will be stopped');
  expect(text).not.toContain('Instead:');
  expect(text).not.toContain('characters');
}

async function expectPopup(harness: Harness, contactPage: Page, expected: Expected) {
  const popup = await harness.openPopup(contactPage);
  await expect
    .poll(() => popup.locator('[data-field="kind"]').textContent(), { timeout: 20_000 })
    .toBe(expected.popupPageKind);
  await expect(popup.locator('html').getAttribute('lang')).resolves.toBe(expected === CHINESE ? 'zh-CN' : 'de');
  expect(await popup.textContent('body')).not.toContain('Contact buyer');
  await popup.close();
}

async function expectOptions(harness: Harness, expected: Expected) {
  const options = await harness.openOptions();
  await options.getByRole('heading', { name: expected.optionsHeading }).waitFor();
  await options.getByRole('button', { name: expected.saveButton, exact: true }).waitFor();
  await options.getByRole('heading', { name: expected.watchlistShare }).waitFor();
  const text = (await options.textContent('body')) ?? '';
  expect(text).not.toContain('Buyer watchlist');
  expect(text).not.toContain('Save settings');
  expect(text).not.toContain('Share the list');
  expect(text).not.toContain('Import a watchlist file');
  await options.close();
}

describe.each([
  ['de-DE', GERMAN],
  ['zh-CN', CHINESE],
] as const)('Chromium started in %s', (locale, expected) => {
  it('shows the reply check, the popup and Options in that language', async () => {
    harness = await launchExtension('production', { locale });
    // What chrome://extensions shows: the name, and the description in the browser's language.
    // (chrome.i18n.getMessage in a fresh renderer may answer '' for a while; the product never calls it.)
    const self = await harness.worker.evaluate(() => chrome.management.getSelf());
    expect(self.name).toBe('Seller Guard');
    expect(self.description).toBe(expected.extensionDescription);
    await expect(harness.worker.evaluate(() => chrome.i18n.getUILanguage())).resolves.toMatch(new RegExp(`^${locale.slice(0, 2)}`));
    const page = await harness.open(FIXTURE_URLS.contactUs);
    await expectReplyCheck(page, expected);
    await expectPopup(harness, page, expected);
    await expectOptions(harness, expected);
  });
});

describe('the language chosen in Options', () => {
  it('overrides an English browser: Deutsch turns the popup and an open reply check German at once', async () => {
    harness = await launchExtension('production', { locale: 'en-US' });
    const page = await harness.open(FIXTURE_URLS.contactUs);
    await typeRiskyDraft(page);
    const panel = page.locator(PANEL);
    await expect.poll(() => summaryOf(panel), { timeout: 20_000 }).toMatch(/^Send will be stopped/);

    const options = await harness.openOptions();
    await options.getByLabel('Interface language').selectOption('de');
    await options.getByRole('heading', { name: 'Käufer-Beobachtungsliste' }).waitFor();
    await options.close();

    // The open page follows without a reload.
    await expect.poll(() => summaryOf(panel), { timeout: 20_000 }).toMatch(GERMAN.panelSummary);
    const popup = await harness.openPopup(page);
    await expect.poll(() => popup.locator('[data-field="kind"]').textContent(), { timeout: 20_000 }).toBe(GERMAN.popupPageKind);
    expect(await popup.textContent('body')).not.toContain('Contact buyer');
    await popup.close();
  });
});

/** The text of the popup's first render, and the language chunks the popup fetched. */
async function popupFirstPaint(harness: Harness): Promise<{ text: string; languageChunks: string[] }> {
  await harness.context.addInitScript(() => {
    const first: string[] = [];
    (globalThis as unknown as { sgFirstPaint: string[] }).sgFirstPaint = first;
    new MutationObserver((_, observer) => {
      const text = document.getElementById('app')?.textContent;
      if (!text) return;
      first.push(text);
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  // What extension pages fetch (the service worker's own imports aside).
  const fetched: string[] = [];
  harness.context.on('request', (request) => {
    if (!request.serviceWorker() && request.url().startsWith('chrome-extension://')) fetched.push(request.url().replace(/^.*\//, ''));
  });
  const page = await harness.open(FIXTURE_URLS.contactUs);
  const popup = await harness.openPopup(page);
  await expect.poll(() => popup.evaluate(() => (globalThis as unknown as { sgFirstPaint: string[] }).sgFirstPaint.length), { timeout: 20_000 }).toBe(1);
  await popup.getByRole('combobox').waitFor();
  const text = await popup.evaluate(() => (globalThis as unknown as { sgFirstPaint: string[] }).sgFirstPaint[0]!);
  return { text, languageChunks: [...new Set(fetched.filter((name) => name.startsWith('language-pack-')))] };
}

describe('the popup loads only the language it shows', () => {
  it('paints German in a German browser from its first frame, with only the German texts fetched', async () => {
    harness = await launchExtension('production', { locale: 'de-DE' });
    const { text, languageChunks } = await popupFirstPaint(harness);
    expect(text).toContain('Beweisarchiv');
    expect(text).not.toContain('Evidence archive');
    expect(languageChunks).toHaveLength(1);
  });

  it('fetches no other language in an English browser', async () => {
    harness = await launchExtension('production', { locale: 'en-US' });
    const { text, languageChunks } = await popupFirstPaint(harness);
    expect(text).toContain('Evidence archive');
    expect(languageChunks).toEqual([]);
  });
});
