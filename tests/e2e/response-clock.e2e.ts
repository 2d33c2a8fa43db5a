import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS } from '../fixtures/site';
import { launchExtension, type Harness } from './harness';
import { controlsCoveredBySellerGuard } from './page-controls';

// The fixture cases of tests/fixtures/pages/data/cases-clock.ts: buyer messages 2.5, 22.5 and
// 27.5 hours old when the fixtures loaded (this process), one answered, one "No response needed".
const DUE_21H = 'c10c0001-0000-4000-8000-000000000001';
const DUE_1H = 'c10c0002-0000-4000-8000-000000000002';
const OVERDUE_3H = 'c10c0003-0000-4000-8000-000000000003';
const ANSWERED = 'c10c0004-0000-4000-8000-000000000004';
const NO_RESPONSE_NEEDED = 'c10c0005-0000-4000-8000-000000000005';
const JORDAN_OLD = '7c1e5a2b-3f4d-4c8e-9a6b-1d2e3f4a5b6c';

// Playwright's CSS locators pierce open shadow roots, so these reach into our UI.
const rowClock = (page: Page, caseId: string) => page.locator(`li:has(a[href*="cc=${caseId}"]) seller-guard-clock [role="status"]`);
const THREAD_CLOCK = 'seller-guard-thread-clock [role="status"]';
const threadUrl = (caseId: string) => `https://sellercentral.amazon.com/messaging/inbox?fi=ALL&cc=${caseId}`;

let harness: Harness;

beforeAll(async () => {
  // The US fixture shows times in Pacific Standard Time, as Seller Central shows the agent's zone.
  harness = await launchExtension('production', { timezoneId: 'Etc/GMT+8' });
});
afterAll(async () => {
  await harness?.close();
});

async function clockOf(locator: ReturnType<Page['locator']>): Promise<{ text: string; tone: string | null }> {
  await locator.waitFor();
  return { text: (await locator.innerText()).replace(/^[◷⚠]\s*/u, ''), tone: await locator.getAttribute('data-tone') };
}

describe('response clock on the inbox', () => {
  it('shows each row the time left to answer or how long it is overdue, in words and colour, without covering the page', async () => {
    const page = await harness.open(FIXTURE_URLS.inboxUs);
    await expect(clockOf(rowClock(page, DUE_21H))).resolves.toEqual({ text: 'Answer within 21 hours', tone: 'calm' });
    await expect(clockOf(rowClock(page, DUE_1H))).resolves.toEqual({ text: 'Answer within 1 hour', tone: 'warning' });
    await expect(clockOf(rowClock(page, OVERDUE_3H))).resolves.toEqual({ text: 'Overdue by 3 hours', tone: 'overdue' });
    await expect(clockOf(rowClock(page, JORDAN_OLD))).resolves.toMatchObject({ text: expect.stringMatching(/^Overdue by \d+ days$/), tone: 'overdue' });
    // Rows that need no answer have no clock (the rows with one were drawn in the same pass).
    expect(await rowClock(page, ANSWERED).count()).toBe(0);
    expect(await rowClock(page, NO_RESPONSE_NEEDED).count()).toBe(0);
    // Colour is never the only sign: the warning and overdue rows differ in their words too.
    const colours = await Promise.all([DUE_21H, DUE_1H, OVERDUE_3H].map((id) => rowClock(page, id).evaluate((el) => getComputedStyle(el).backgroundColor)));
    expect(new Set(colours).size).toBe(3);
    expect(await controlsCoveredBySellerGuard(page)).toEqual([]);

    // The toolbar badge and the popup count what this browser has seen, and say so.
    await expect.poll(() => harness.worker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 15_000 }).toBe('4');
    const popup = await harness.openPopup(page);
    const summary = popup.getByTestId('popup-clock-count');
    await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toBe('3 threads overdue · 1 thread to answer within 4 h');
    await popup.getByText('Counted from the 8 buyer threads this browser has seen in the last day, not from the whole inbox.').waitFor();
    await popup.close();
    await page.close();
  });
});

describe('response clock in the thread', () => {
  it('shows the open thread its clock next to the header, and takes it away once the seller answers', async () => {
    const page = await harness.open(threadUrl(DUE_1H));
    await expect(clockOf(page.locator(THREAD_CLOCK))).resolves.toEqual({ text: 'Answer within 1 hour', tone: 'warning' });
    const placed = await page.locator('seller-guard-thread-clock').evaluate((host) => host.previousElementSibling?.className);
    expect(placed).toBe('thread-header');
    expect(await controlsCoveredBySellerGuard(page)).toEqual([]);

    await page.locator('.reply-box kat-textarea textarea').fill('Hello Olivia, a new kettle is on its way today.');
    await page.locator('.reply-box kat-button.reply-send-button button').click();
    await page.locator('.message-component.sent', { hasText: 'new kettle' }).waitFor();
    await page.locator('seller-guard-thread-clock').waitFor({ state: 'detached' });
    await page.close();
  });

  it('takes the clock away when the agent marks the thread "No response needed"', async () => {
    const page = await harness.open(threadUrl(DUE_21H));
    await expect(clockOf(page.locator(THREAD_CLOCK))).resolves.toEqual({ text: 'Answer within 21 hours', tone: 'calm' });
    await page.locator('.thread-actions kat-button button').click();
    await page.locator('seller-guard-thread-clock').waitFor({ state: 'detached' });
    await page.close();
  });

  it('shows no clock on a thread the seller answered last, nor on one marked "No response needed"', async () => {
    for (const caseId of [ANSWERED, NO_RESPONSE_NEEDED]) {
      const page = await harness.open(threadUrl(caseId));
      await page.locator('.message-component').first().waitFor();
      // The case list's clocks show that Seller Guard has read this page.
      await rowClock(page, OVERDUE_3H).waitFor();
      await page.locator('.message-component').last().waitFor();
      expect(await page.locator('seller-guard-thread-clock').count()).toBe(0);
      await page.close();
    }
  });
});
