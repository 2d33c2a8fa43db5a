import type { BrowserContext, Page } from 'playwright-core';
import { fixtureResponse } from '../fixtures/site';

/**
 * Open `url` in a new tab whose order JSON arrives `delayMs` late, as on a slow day at Seller
 * Central: a thread shows its messages, then its "Order" side panel spins that much longer
 * before it shows the order's items. Only this tab is slowed.
 */
export async function openWithSlowOrderPanel(context: BrowserContext, url: string, delayMs: number): Promise<Page> {
  const page = await context.newPage();
  await page.route('**/orders-api/order/*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    const request = route.request();
    const answer = fixtureResponse(new URL(request.url()), request.method())!;
    await route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body }).catch(() => undefined);
  });
  await page.goto(url);
  return page;
}
