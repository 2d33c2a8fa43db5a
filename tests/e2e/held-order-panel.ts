import type { BrowserContext, Page } from 'playwright-core';
import { fixtureResponse } from '../fixtures/site';

/** A tab whose thread's "Order" side panel keeps loading until `release()` is called. */
export interface HeldOrderPanel {
  page: Page;
  /** Answer the order JSON the panel waits for (now, and at once from then on). */
  release(): void;
}

/**
 * Open `url` in a new tab whose order JSON is held back until `release()`, as on a slow day at
 * Seller Central: a thread shows its messages while its "Order" side panel spins, and shows the
 * order's items only once released. Only this tab is held.
 */
export async function openWithHeldOrderPanel(context: BrowserContext, url: string): Promise<HeldOrderPanel> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const page = await context.newPage();
  await page.route('**/orders-api/order/*', async (route) => {
    await released;
    const request = route.request();
    const answer = fixtureResponse(new URL(request.url()), request.method())!;
    // The tab may have closed meanwhile.
    await route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body }).catch(() => undefined);
  });
  await page.goto(url);
  return { page, release };
}
