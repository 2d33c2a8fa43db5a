import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS } from '../fixtures/site';
import { launchExtension, type Harness } from './harness';
import { listEveryFixtureBuyer, openWithEveryPanel } from './own-ui-panels';
import { controlsCoveredBySellerGuard } from './page-controls';

// Seller Guard's in-page UI (status tab, capture panel, draft findings, watchlist banner and
// add form) must never sit on one of Seller Central's own buttons, links or fields: on every
// page the fixture site serves, at the window sizes agents work at, scrolled to the top and to
// the bottom, with every panel the page offers open.

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];
/** Every named page of the fixture site (a page added there is checked here too). */
const PAGES = Object.entries(FIXTURE_URLS);

let harness: Harness;
beforeAll(async () => {
  harness = await launchExtension('production');
  harness.context.setDefaultTimeout(20_000);
  // Content at once: the fixture app otherwise waits 150 ms before each JSON answer.
  await harness.context.addInitScript(() => {
    (window as unknown as { __scFixtureLatencyMs: number }).__scFixtureLatencyMs = 0;
  });
  await listEveryFixtureBuyer(harness);
});
afterAll(async () => {
  await harness?.close();
});

describe('Seller Guard covers none of the page’s controls', () => {
  it('the check sees Seller Guard’s UI: a page link moved under the status tab is reported', async () => {
    const { page } = await openWithEveryPanel(harness, FIXTURE_URLS.threadUs);
    await page.evaluate(() => {
      const tab = document.querySelector('seller-guard-status')!.shadowRoot!.querySelector('.sg-chip-toggle')!.getBoundingClientRect();
      const link = document.createElement('a');
      link.href = '#probe';
      link.textContent = 'probe';
      link.style.cssText = `position: fixed; left: ${tab.left}px; top: ${tab.top}px; width: ${tab.width}px; height: ${tab.height}px; z-index: 1`;
      document.body.append(link);
    });
    expect(await controlsCoveredBySellerGuard(page)).toEqual([expect.stringContaining('"probe"')]);
    await page.close();
  });

  it.each(PAGES)('on %s, at every size, top and bottom, with every panel open', async (_, url) => {
    const { page } = await openWithEveryPanel(harness, url);
    for (const size of SIZES) {
      await page.setViewportSize(size);
      for (const at of ['top', 'bottom'] as const) {
        await page.evaluate((end) => window.scrollTo(0, end === 'top' ? 0 : document.scrollingElement!.scrollHeight), at);
        // Seller Guard may re-dock after a resize or scroll: the check waits for it to settle.
        await expect
          .poll(() => controlsCoveredBySellerGuard(page), { timeout: 5_000, message: `${size.width}×${size.height}, ${at}` })
          .toEqual([]);
      }
    }
    await page.close();
  });
});
