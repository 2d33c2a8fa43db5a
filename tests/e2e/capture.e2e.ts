import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ORDERS, FIXTURE_URLS, fixtureResponse } from '../fixtures/site';
import { inspectImage, storedCaptures, tamperWithCapture, type Region } from './capture-inspect';
import { launchExtension, type Harness } from './harness';
import { pressFromPageScript } from './page-script';
import { openWithHeldOrderPanel } from './held-order-panel';

const OUT = process.env.SELLER_GUARD_OUT ?? '.output';
const HEADER_COLOUR: [number, number, number] = [0x00, 0x2f, 0x36]; // the fixture's sticky navbar
const MASK_COLOUR: [number, number, number] = [0x5f, 0x63, 0x68];
// Seller Guard's Capture button, enabled and (while a capture runs) disabled at 60 % opacity.
const BUTTON_COLOURS: [number, number, number][] = [[0x00, 0x71, 0x85], [102, 170, 182]];

/** Where Seller Guard's capture panel sits in the viewport (in the page flow, above the content). */
async function panelRegion(page: Page): Promise<Region> {
  const box = (await page.locator('.sg-capture').boundingBox())!;
  return { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.ceil(box.height) };
}

let h: Harness;
let inspector: Page;

beforeAll(async () => {
  h = await launchExtension('e2e');
  inspector = await h.openOptions();
});
afterAll(async () => {
  await h?.close();
});

/** Open a Seller Central fixture in front, with the capture panel mounted. */
async function openInFront(url: string): Promise<Page> {
  const page = await h.open(url);
  await page.bringToFront();
  await page.getByRole('button', { name: 'Capture page' }).waitFor();
  await page.locator('[data-test-id="order-id-value"], .message-component').first().waitFor();
  return page;
}

async function captureFromPage(page: Page, options: { fullPage?: boolean; keyboard?: boolean; afterClick?: () => void } = {}): Promise<void> {
  const before = (await storedCaptures(inspector)).length;
  await page.bringToFront();
  if (options.fullPage !== undefined) {
    const more = page.getByRole('button', { name: 'Options' });
    if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
    await page.getByRole('radio', { name: options.fullPage ? 'Full page' : 'Visible area' }).check();
  }
  if (options.keyboard) {
    // The agent, scrolled down the page, tabs to Capture (above the content) and presses Enter.
    await page.getByRole('button', { name: 'Capture page' }).evaluate((button) => (button as HTMLElement).focus({ preventScroll: true }));
    await page.keyboard.press('Enter');
  } else await page.getByRole('button', { name: 'Capture page' }).click();
  options.afterClick?.();
  await page.locator(`[data-capture-state="saved"][data-capture-seq="${before + 1}"]`).waitFor({ timeout: 45_000 });
}

const newest = async () => (await storedCaptures(inspector)).at(-1)!;

/** First visit of the German order, an unchanged revisit, then a visit after the order changed. */
async function autoCaptureVisits(): Promise<void> {
  const url = FIXTURE_URLS.orderDe;
  const ofOrder = async () => (await storedCaptures(inspector)).filter((c) => c.orderId === '302-1938475-6647382');

  const first = await openInFront(url);
  await first.locator('[data-capture-state="saved"]').waitFor({ timeout: 20_000 });
  expect(await ofOrder()).toMatchObject([{ source: 'auto', screenshot: 'visible' }]);
  await first.close();

  const revisit = await openInFront(url);
  await revisit.locator('[data-capture-state="unchanged"]').waitFor({ timeout: 20_000 });
  expect(await ofOrder()).toHaveLength(1);
  await revisit.close();

  // The order changes: its second package is now delivered.
  const changed = await h.context.newPage();
  await changed.route('**/orders-api/order/302-1938475-6647382', async (route) => {
    const answer = fixtureResponse(new URL(route.request().url()), 'GET')!;
    const json = JSON.parse(answer.body);
    json.order.orderStatus = 'Canceled';
    await route.fulfill({ status: 200, contentType: answer.contentType, body: JSON.stringify(json) });
  });
  await changed.goto(url);
  await changed.bringToFront();
  await changed.locator('[data-capture-state="saved"]').waitFor({ timeout: 20_000 });
  const captures = await ofOrder();
  expect(captures).toHaveLength(2);
  expect(captures[1]!.contentHash).not.toBe(captures[0]!.contentHash);
  await changed.close();
}

describe('evidence capture in Chromium', () => {
  it('the production manifest asks for <all_urls> only as an optional permission', () => {
    const manifest = JSON.parse(readFileSync(resolve(OUT, 'chrome-mv3/manifest.json'), 'utf8'));
    expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
    expect(manifest.host_permissions ?? []).not.toContain('<all_urls>');
    expect(JSON.stringify(manifest.content_scripts)).not.toContain('<all_urls>');
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'contextMenus']));
    expect(manifest.commands['capture-page']).toBeDefined();
  });

  it('the in-page button stores the order, its ASINs and tracking ids, and a masked PNG of the viewport', async () => {
    const page = await openInFront(FIXTURE_URLS.orderUs);
    const viewport = await page.evaluate(() => ({ width: innerWidth * devicePixelRatio, height: innerHeight * devicePixelRatio }));
    const address = await page.evaluate(() => {
      const r = document.querySelector('[data-test-id="shipping-section-buyer-address"]')!.getBoundingClientRect();
      return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] as [number, number];
    });
    const panel = await panelRegion(page);
    await captureFromPage(page);

    const record = await newest();
    expect(record).toMatchObject({
      seq: 1,
      kind: 'order-details',
      source: 'page-button',
      orderId: '112-4837261-5938217',
      buyerName: 'Jordan Ellis',
      marketplace: 'US',
      screenshot: 'visible',
      masked: true,
    });
    expect(record.asins).toEqual(expect.arrayContaining(['B0C7Q2ZK4M', 'B0D1X8RT5P']));
    expect(record.trackingIds).toEqual(expect.arrayContaining(['9400111899223847561234', '9400111899223847565678']));
    expect(record.text).toContain('112-4837261-5938217');
    expect(record.text).not.toContain('1458 Cedar Grove Ave');
    expect(record.text).not.toContain('206-555-0143');
    expect(record.capturedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(record.extensionVersion).toMatch(/^\d+\.\d+\.\d+/);

    expect(record.images).toHaveLength(1);
    const image = await inspectImage(inspector, record.images[0]!.id, {
      column: 2,
      colour: HEADER_COLOUR,
      probes: [address],
      regions: [panel],
      find: BUTTON_COLOURS,
    });
    expect(image.ihdr).toEqual(viewport);
    expect(image.decoded).toEqual(viewport);
    expect(image.sha256).toBe(record.images[0]!.sha256);
    expect(image.bands).toHaveLength(1); // the sticky header, once
    expect(image.probes[0]).toEqual(MASK_COLOUR); // the address is painted over
    expect(image.found, 'pixels of Seller Guard’s Capture button in the evidence').toEqual([0]);
    await page.close();
  });

  it('a full-page capture of the tall order is the page’s full height, sticky header once, scroll restored', async () => {
    const page = await openInFront(FIXTURE_URLS.orderUsTall);
    // Options set first: the panel sits in the page flow, so opening it makes the page taller.
    await page.getByRole('button', { name: 'Options' }).click();
    await page.getByRole('radio', { name: 'Full page' }).check();
    await page.evaluate(() => window.scrollTo(0, 1000));
    const { scrollHeight, width, dpr } = await page.evaluate(() => ({
      scrollHeight: document.documentElement.scrollHeight,
      width: innerWidth,
      dpr: devicePixelRatio,
    }));
    expect(scrollHeight).toBeGreaterThan(8 * 800);
    const panel = await panelRegion(page);
    // Where the capture panel (in the page flow) lands in the stitched page, were it captured.
    const panelSpots = [{ ...panel, y: panel.y + 1000 }];
    const progress = page.getByText(/Capturing the page: \d+ of \d+/).first().waitFor({ timeout: 30_000 });
    await captureFromPage(page, { fullPage: true, keyboard: true });
    await progress;

    const record = await newest();
    expect(record).toMatchObject({ orderId: '112-7788123-4455667', screenshot: 'full' });
    const tall = FIXTURE_ORDERS.find((order) => order.orderId === '112-7788123-4455667')!;
    expect(record.asins).toEqual(tall.items.map((item) => item.asin));
    const heights = record.images.map((i) => i.height);
    expect(heights.reduce((a, b) => a + b, 0)).toBe(scrollHeight * dpr);
    const image = await inspectImage(inspector, record.images[0]!.id, {
      column: 2,
      colour: HEADER_COLOUR,
      regions: panelSpots,
      find: BUTTON_COLOURS,
    });
    expect(image.decoded).toEqual({ width: width * dpr, height: scrollHeight * dpr });
    expect(image.found, 'pixels of Seller Guard’s Capture button in the page').toEqual([0]);
    expect(image.bands).toEqual([[0, 56 * dpr - 1]]);
    // the page is as the agent left it
    expect(await page.evaluate(() => window.scrollY)).toBe(1000);
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('sc-navbar')!).visibility)).toBe('visible');
    await page.close();
  });

  it('a page taller than Chrome’s canvas limit is stored as several images that add up to its height', async () => {
    const page = await openInFront(FIXTURE_URLS.orderUsTall);
    await page.addStyleTag({ content: '#sc-root { padding-bottom: 12000px; }' });
    await page.getByRole('button', { name: 'Options' }).click(); // in the page flow: measured open
    const scrollHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(scrollHeight).toBeGreaterThan(16_384);
    await captureFromPage(page, { fullPage: true });
    const record = await newest();
    expect(record.images.map((i) => i.height)).toEqual([16_384, scrollHeight - 16_384]);
    const [top, bottom] = await Promise.all(
      record.images.map((i) => inspectImage(inspector, i.id, { column: 2, colour: HEADER_COLOUR })),
    );
    expect(top!.decoded.height).toBe(16_384);
    expect(bottom!.decoded.height).toBe(scrollHeight - 16_384);
    expect(top!.bands).toEqual([[0, 55]]);
    expect(bottom!.bands).toEqual([]);
    await page.close();
  });

  it('a full page that scrolls an inner container (not the document) is stitched from the container', async () => {
    const page = await openInFront(FIXTURE_URLS.orderUsTall);
    await page.addStyleTag({
      content:
        'html, body { height: 100%; overflow: hidden; } #sc-root { height: 100vh; display: flex; flex-direction: column; }' +
        '#sc-content-container { flex: 1; overflow-y: auto; }',
    });
    await page.getByRole('button', { name: 'Options' }).click(); // in the page flow: measured open
    await page.getByRole('radio', { name: 'Full page' }).check();
    const inner = await page.evaluate(() => {
      const el = document.getElementById('sc-content-container')!;
      el.scrollTop = 500;
      return { top: el.getBoundingClientRect().top, scrollHeight: el.scrollHeight, docScrolls: document.documentElement.scrollHeight > innerHeight };
    });
    expect(inner.docScrolls).toBe(false);
    await captureFromPage(page, { fullPage: true, keyboard: true });
    const record = await newest();
    const total = record.images.reduce((sum, i) => sum + i.height, 0);
    expect(total).toBe(inner.top + inner.scrollHeight);
    const image = await inspectImage(inspector, record.images[0]!.id, { column: 2, colour: HEADER_COLOUR });
    expect(image.bands).toHaveLength(1);
    expect(await page.evaluate(() => document.getElementById('sc-content-container')!.scrollTop)).toBe(500);
    await page.close();
  });

  it('a page script pressing Capture stores nothing; the agent’s click still captures', async () => {
    const page = await openInFront(FIXTURE_URLS.orderUs);
    const before = (await storedCaptures(inspector)).length;
    expect(await pressFromPageScript(page, 'seller-guard-capture', 'Capture page')).toBe(true);
    // A capture would have said "working" at once; it stays idle, and nothing reaches the archive.
    expect(await page.locator('.sg-capture-status').getAttribute('data-capture-state')).toBe('idle');
    expect(await storedCaptures(inspector)).toHaveLength(before);
    await captureFromPage(page);
    expect(await storedCaptures(inspector)).toHaveLength(before + 1);
    await page.close();
  });

  it('masks the address and phone of a Japanese order page with data-testid attributes, and says so', async () => {
    const page = await h.open(FIXTURE_URLS.orderJp);
    await page.bringToFront();
    await page.getByRole('button', { name: 'Capture page' }).waitFor();
    await page.locator('[data-testid="order-id-value"]').waitFor();
    const address = await page.evaluate(() => {
      const r = document.querySelector('[data-testid="shipping-section-buyer-address"]')!.getBoundingClientRect();
      return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] as [number, number];
    });
    await captureFromPage(page);
    const record = await newest();
    const jp = FIXTURE_ORDERS.find((order) => order.orderId === '503-7391046-2258817')!;
    expect(record).toMatchObject({ orderId: jp.orderId, marketplace: 'JP', masked: true, masking: { address: 'masked', phone: 'masked' } });
    expect(record.data.order?.status).toBe('出荷済み');
    for (const line of jp.shipTo.lines.filter((line) => line !== jp.buyerName)) expect(record.text).not.toContain(line);
    expect(record.text).not.toContain(jp.shipTo.phone);
    expect(record.text.replace(/\D/g, '')).not.toContain('55500123');
    expect(record.text).toContain('503-7391046-2258817');
    const image = await inspectImage(inspector, record.images[0]!.id, { column: 2, colour: HEADER_COLOUR, probes: [address] });
    expect(image.probes[0]).toEqual(MASK_COLOUR); // painted over from the same finder
    await page.close();
  });

  it('after SPA navigation to another order, a capture stores the new order', async () => {
    const page = await openInFront(FIXTURE_URLS.orderUs);
    await page.locator('a.next-order-link').click();
    await page.waitForURL(/113-9051746-2283901/);
    await page.locator('[data-test-id="order-id-value"]', { hasText: '113-9051746-2283901' }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Capture page' }).count()).toBe(1);
    await captureFromPage(page);
    const record = await newest();
    expect(record).toMatchObject({ orderId: '113-9051746-2283901', url: FIXTURE_URLS.orderUsFba });
    expect(record.asins).toEqual(['B0BZ6LQW2N']);
    expect(record.trackingIds).toEqual(['TBA304958671000']);
    await page.close();
  });

  it.each([
    ['loads while the capture waits: the stored thread shows its items', 300, { text: 'B0C7Q2ZK4M', notLoaded: undefined }],
    ['is still loading when the wait ends: the thread is stored anyway and says so', null, { text: null, notLoaded: ['orderPanel'] }],
  ] as const)('a thread captured as soon as its messages show, while its order panel %s', async (_label, loadsAfterClickMs, expected) => {
    const { page, release } = await openWithHeldOrderPanel(h.context, FIXTURE_URLS.threadUs);
    await page.bringToFront();
    await page.locator('.message-component').first().waitFor();
    await page.getByRole('button', { name: 'Capture page' }).waitFor();
    expect(await page.locator('.order-side-panel kat-spinner').count()).toBe(1);
    const afterClick = loadsAfterClickMs === null ? undefined : () => void setTimeout(release, loadsAfterClickMs);
    await captureFromPage(page, { afterClick });
    const record = await newest();
    expect(record).toMatchObject({ kind: 'message-thread', orderId: '112-4837261-5938217', screenshot: 'visible' });
    expect(record.data.notLoaded).toEqual(expected.notLoaded);
    if (expected.text) expect(record.text).toContain(expected.text);
    else expect(record.text).not.toContain('B0C7Q2ZK4M');
    release();
    await page.close();
  });

  it('the popup’s button captures the tab it belongs to', async () => {
    const page = await openInFront(FIXTURE_URLS.orderUsGenericBuyer);
    const popup = await h.openPopup(page);
    const before = (await storedCaptures(inspector)).length;
    await popup.getByRole('button', { name: 'Capture this page as evidence' }).click();
    await popup.getByText(`Saved as evidence #${before + 1}`).waitFor({ timeout: 20_000 });
    expect(await newest()).toMatchObject({ orderId: '114-2209384-7761045', source: 'popup', screenshot: 'visible' });
    await popup.close();
    await page.close();
  });

  it('auto-capture stores a first visit, nothing on an unchanged revisit, and one capture after a change', async () => {
    await inspector.bringToFront();
    await inspector.getByRole('checkbox', { name: 'Order details pages' }).check();
    await inspector.getByText('Saved.').waitFor();
    try {
      await autoCaptureVisits();
    } finally {
      await inspector.bringToFront();
      await inspector.getByRole('checkbox', { name: 'Order details pages' }).uncheck();
      await expect.poll(() => inspector.getByRole('checkbox', { name: 'Order details pages' }).isChecked()).toBe(false);
    }
  });

  it('verify reports a stored capture that was edited afterwards', async () => {
    // Its own two captures, so the test needs nothing from the others.
    for (const url of [FIXTURE_URLS.orderUs, FIXTURE_URLS.orderUsGenericBuyer]) {
      const page = await openInFront(url);
      await captureFromPage(page);
      await page.close();
    }
    await inspector.bringToFront();
    await inspector.reload();
    await inspector.getByRole('button', { name: 'Check the evidence archive' }).click();
    const all = await storedCaptures(inspector);
    await inspector.locator('[data-verify="ok"]').waitFor();
    expect(await inspector.locator('[data-verify="ok"]').textContent()).toContain(`All ${all.length} captures are intact`);

    const target = all.at(-1)!;
    await tamperWithCapture(inspector, target.id, { trackingIds: ['1Z0000000000000000'] });
    await inspector.getByRole('button', { name: 'Check the evidence archive' }).click();
    const alert = inspector.locator('[data-verify="broken"]');
    await alert.waitFor();
    expect(await alert.getAttribute('data-broken-seq')).toBe(String(target.seq));
    expect(await alert.textContent()).toContain(`Capture #${target.seq} was changed after it was stored`);
  });

  it('sends nothing anywhere but Seller Central', () => {
    expect(h.foreignRequests).toEqual([]);
  });
});

describe('evidence capture in the production build (no optional permission granted)', () => {
  it('the in-page button stores text and data and says how to include a screenshot; the options page offers it', async () => {
    const production = await launchExtension('production');
    try {
      const options = await production.openOptions();
      await options.getByRole('button', { name: 'Enable one-click screenshots from the page' }).waitFor();
      expect(await options.locator('[data-permission]').getAttribute('data-permission')).toBe('not-granted');

      const page = await production.open(FIXTURE_URLS.orderUs);
      await page.bringToFront();
      await page.getByRole('button', { name: 'Capture page' }).click();
      const status = page.locator('[data-capture-state="saved"]');
      await status.waitFor({ timeout: 20_000 });
      expect(await status.textContent()).toMatch(/text and data only.*Enable one-click screenshots from the page.*toolbar button/);

      const [record] = await storedCaptures(options);
      expect(record).toMatchObject({ orderId: '112-4837261-5938217', screenshot: 'none', images: [], source: 'page-button' });
      expect(record!.trackingIds).toContain('9400111899223847561234');
      expect(record!.screenshotNote).toContain('Enable one-click screenshots from the page');
      expect(production.foreignRequests).toEqual([]);
    } finally {
      await production.close();
    }
  });
});
