import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { storedCaptures } from '../e2e/capture-inspect';
import { launchExtension } from '../e2e/harness';
import { openWithHeldOrderPanel } from '../e2e/held-order-panel';
import { FIXTURE_URLS } from '../fixtures/site';
import { recordBench } from './record';

// Issue 5: click-to-stored time of a capture from the in-page button (visible area, target
// ≤ 1,500 ms; full page of a page about 10 viewports tall) and the full page's peak tile rate
// (Chrome allows captureVisibleTab about twice a second). Real Chromium, the e2e build. Also a
// visible capture of a thread whose order panel never loads, so the capture waits its longest.

/** Resolves inside the extension page as soon as IndexedDB holds `count` captures. */
function waitForCaptures(inspector: Page, count: number): Promise<void> {
  return inspector.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const poll = () => {
          const open = indexedDB.open('seller-guard');
          open.onsuccess = () => {
            const db = open.result;
            const request = db.transaction('captures').objectStore('captures').count();
            request.onsuccess = () => {
              db.close();
              if (request.result >= count) resolve();
              else setTimeout(poll, 10);
            };
          };
        };
        poll();
      }),
    count,
  );
}

async function clickToStored(page: Page, inspector: Page): Promise<number> {
  const before = (await storedCaptures(inspector)).length;
  await page.bringToFront();
  const started = performance.now();
  await page.getByRole('button', { name: 'Capture page' }).click();
  await waitForCaptures(inspector, before + 1);
  const elapsed = performance.now() - started;
  await page.locator(`[data-capture-seq="${before + 1}"]`).waitFor();
  return elapsed;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('capture: click to stored, visible and full page', async () => {
  const harness = await launchExtension('e2e');
  try {
    // Inspector first: the page opened after it is the tab in front.
    const inspector = await harness.openOptions();
    const page = await harness.open(FIXTURE_URLS.orderUs);
    await page.getByRole('button', { name: 'Capture page' }).waitFor();
    await page.locator('[data-test-id="order-id-value"]').waitFor();
    const visible: number[] = [];
    for (let run = 0; run < 5; run++) {
      visible.push(await clickToStored(page, inspector));
      await pause(700); // stay clear of Chrome's per-second screenshot limit between runs
    }
    recordBench('capture.visible.click_to_stored', Math.round(median(visible)), 'ms');

    // A thread whose order panel is still loading when the capture's wait for it runs out: the
    // longest a visible capture now takes, wait included (the target holds for it too).
    const unsettled: number[] = [];
    for (let run = 0; run < 3; run++) {
      const { page: thread, release } = await openWithHeldOrderPanel(harness.context, FIXTURE_URLS.threadUs);
      await thread.locator('.message-component').first().waitFor();
      await thread.getByRole('button', { name: 'Capture page' }).waitFor();
      unsettled.push(await clickToStored(thread, inspector));
      expect((await storedCaptures(inspector)).at(-1)!.data.notLoaded).toEqual(['orderPanel']);
      release();
      await thread.close();
      await pause(700);
    }
    recordBench('capture.visible.click_to_stored.panel_still_loading', Math.round(median(unsettled)), 'ms');

    const tall = await harness.open(FIXTURE_URLS.orderUsTall);
    await tall.getByRole('button', { name: 'Capture page' }).waitFor();
    await tall.locator('[data-test-id="order-id-value"]').waitFor();
    const viewports = await tall.evaluate(() => document.documentElement.scrollHeight / innerHeight);
    expect(viewports).toBeGreaterThanOrEqual(9.5);
    await tall.getByRole('button', { name: 'Options' }).click();
    await tall.getByRole('radio', { name: 'Full page' }).check();
    // Each tile scrolls the page once: the page's own scroll events time the tiles.
    await tall.evaluate(() => {
      const times: [number, number][] = [];
      (window as unknown as { tileTimes: typeof times }).tileTimes = times;
      addEventListener('scroll', () => times.push([performance.now(), scrollY]), { passive: true });
    });
    const full: number[] = [];
    let peak = 0;
    for (let run = 0; run < 3; run++) {
      await tall.evaluate(() => (window as unknown as { tileTimes: unknown[] }).tileTimes.splice(0));
      full.push(await clickToStored(tall, inspector));
      const times = await tall.evaluate(() => (window as unknown as { tileTimes: [number, number][] }).tileTimes);
      const tiles = times.filter(([, y], i) => i === 0 || y > times[i - 1]![1]); // drop the restore scroll
      // The run's rate from its first to its last tile (a capture runs flat out, so this is its
      // peak; single intervals mostly show when the page dispatched its scroll event).
      const rate = ((tiles.length - 1) * 1000) / (tiles.at(-1)![0] - tiles[0]![0]);
      peak = Math.max(peak, rate);
      await pause(700);
    }
    recordBench('capture.fullpage.click_to_stored', Math.round(median(full)), 'ms');
    recordBench('capture.fullpage.peak_tiles_per_second', Math.round(peak * 100) / 100, 'tiles/s');
    expect(harness.foreignRequests).toEqual([]);
  } finally {
    await harness.close();
  }
});
