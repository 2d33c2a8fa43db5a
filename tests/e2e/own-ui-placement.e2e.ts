import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS } from '../fixtures/site';
import { launchExtension, type Harness } from './harness';
import { controlsCoveredBySellerGuard } from './page-controls';

// Seller Guard's in-page UI (status tab, capture panel, draft panel, watchlist bar) must never
// sit on one of Seller Central's own buttons, links or fields, at the sizes agents work at.

let harness: Harness;
beforeAll(async () => {
  harness = await launchExtension('production');
});
afterAll(async () => {
  await harness?.close();
});

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
];

/** The page with Seller Guard's UI in place: status tab, capture panel and a flagged draft. */
async function openWithOwnUi(url: string, size: { width: number; height: number }, replyBox: string): Promise<Page> {
  const page = await harness.open(url);
  await page.setViewportSize(size);
  await page.locator('seller-guard-status .sg-chip').waitFor();
  await page.getByRole('button', { name: 'Capture page' }).waitFor();
  const field = page.locator(replyBox);
  await field.click();
  await page.keyboard.type('Write to me at support@acme-tools.com');
  await page.locator('seller-guard-draft-panel .sg-draft-panel').waitFor();
  return page;
}

/** Controls covered at the top of the page and scrolled to the bottom (where Send is). */
async function coveredAtTopAndBottom(page: Page): Promise<string[]> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const top = await controlsCoveredBySellerGuard(page);
  await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
  const bottom = await controlsCoveredBySellerGuard(page);
  return [...top.map((line) => `top: ${line}`), ...bottom.map((line) => `bottom: ${line}`)];
}

describe('Seller Guard covers none of the page’s controls', () => {
  describe.each(SIZES)('at $width×$height', (size) => {
    it.each([
      ['the message thread', FIXTURE_URLS.threadUs, '.reply-box kat-textarea textarea'],
      ['the contact-buyer page', FIXTURE_URLS.contactUs, '.contact-buyer-text-area kat-textarea textarea'],
    ])('on %s', async (_, url, replyBox) => {
      const page = await openWithOwnUi(url, size, replyBox);
      // The check itself sees Seller Guard's UI: a page control moved under the tab is reported.
      await page.evaluate(() => {
        const tab = document.querySelector('seller-guard-status')!.shadowRoot!.querySelector('.sg-chip-toggle')!.getBoundingClientRect();
        const link = document.createElement('a');
        link.href = '#probe';
        link.textContent = 'probe';
        link.style.cssText = `position: fixed; left: ${tab.left}px; top: ${tab.top}px; width: ${tab.width}px; height: ${tab.height}px; z-index: 1`;
        document.body.append(link);
      });
      expect(await controlsCoveredBySellerGuard(page)).toEqual([expect.stringContaining('"probe"')]);
      await page.evaluate(() => document.querySelector('a[href="#probe"]')!.remove());

      expect(await coveredAtTopAndBottom(page)).toEqual([]);
      await page.close();
    });
  });
});
