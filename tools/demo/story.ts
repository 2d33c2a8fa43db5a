import type { Page } from 'playwright-core';
import { FIXTURE_URLS } from '../../tests/fixtures/site';
import type { Harness } from '../../tests/e2e/harness';

// What an agent does before the pictures: the same steps, by the same labels, as the
// end-to-end tests, so a picture can only show what really works.

export const DEMO_AGENT = 'Dana Reyes';

/** Polls `check` until it holds (Playwright's own waits cover elements, not field values). */
export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Options → "Your name", saved. */
export async function setAgentName(h: Harness, name = DEMO_AGENT): Promise<void> {
  const options = await h.openOptions();
  await options.getByLabel('Your name').fill(name);
  await options.getByRole('button', { name: 'Save settings' }).click();
  await options.getByText('Saved.').waitFor();
  await options.close();
}

/** Lists Jordan Ellis from his order page with the in-page "Add to watchlist" form. */
export async function watchJordanEllis(h: Harness): Promise<void> {
  const order = await h.open(FIXTURE_URLS.orderUs);
  await order.locator('[data-test-id="order-id-value"]').waitFor();
  const add = order.locator('seller-guard-watchlist-add');
  await add.getByRole('button', { name: 'Add to watchlist' }).click();
  const form = order.getByRole('form', { name: 'Add this buyer to the watchlist' });
  const email = form.getByLabel('Buyer email (proxy)');
  await until(async () => (await email.inputValue()) !== '', 'the buyer’s proxy email in the form');
  await form.getByLabel('Reason').selectOption('false-claim');
  await form.getByLabel('Severity').selectOption('high');
  await form.getByLabel('Note').fill('A-to-z claim "not received" after a signed delivery');
  await form.getByRole('button', { name: 'Save to watchlist' }).click();
  await add.getByRole('status').getByText('Added Jordan Ellis to the watchlist.').waitFor();
  await order.close();
}

/** Opens a fixture page in front and waits until Seller Guard and the page's data are there. */
export async function openReadPage(h: Harness, url: string): Promise<Page> {
  const page = await h.open(url);
  await page.bringToFront();
  await page.getByRole('button', { name: 'Capture page' }).waitFor();
  await page.locator('[data-test-id="order-id-value"], .message-component').first().waitFor();
  return page;
}

/** Captures each page with the popup's button (Chrome allows its screenshot without extra permission). */
export async function captureWithPopup(h: Harness, urls: string[]): Promise<Page> {
  let last: Page | undefined;
  for (const [index, url] of urls.entries()) {
    last = await openReadPage(h, url);
    const popup = await h.openPopup(last);
    await popup.getByRole('button', { name: 'Capture this page as evidence' }).click();
    await popup.getByText(`Saved as evidence #${index + 1}`).waitFor({ timeout: 30_000 });
    await popup.close();
  }
  if (!last) throw new Error('captureWithPopup needs at least one page');
  return last;
}
