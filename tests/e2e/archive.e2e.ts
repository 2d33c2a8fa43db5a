import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS } from '../fixtures/site';
import { readStore, storedCaptures } from './capture-inspect';
import { launchExtension, type Harness } from './harness';
import { openWithHeldOrderPanel } from './held-order-panel';

const ORDER = '112-4837261-5938217';
const XSS = '<img src=x onerror=alert(1)>';

let h: Harness;
let inspector: Page;
/** The last captured page: each test opens its own popup for it. */
let lastPage: Page;
const dialogs: string[] = [];

/**
 * Capture a fixture page with its in-page button (screenshot included in the e2e build) as soon
 * as it shows its order or messages; with `panelAfterClickMs`, a thread's order panel is still
 * loading then and shows its order that long after the click.
 */
async function capture(url: string, panelAfterClickMs?: number): Promise<Page> {
  const held = panelAfterClickMs === undefined ? null : await openWithHeldOrderPanel(h.context, url);
  const page = held?.page ?? (await h.open(url));
  page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
  await page.bringToFront();
  await page.locator('[data-test-id="order-id-value"], .message-component').first().waitFor();
  const before = (await storedCaptures(inspector)).length;
  await page.getByRole('button', { name: 'Capture page' }).click();
  if (held) setTimeout(held.release, panelAfterClickMs);
  await page.locator(`[data-capture-state="saved"][data-capture-seq="${before + 1}"]`).waitFor({ timeout: 45_000 });
  return page;
}

const search = async (popup: Page, query: string) => {
  await popup.getByRole('combobox', { name: 'Search the archive' }).fill(query);
  await popup.waitForFunction((q) => (performance.getEntriesByName('archive-search') as PerformanceMeasure[]).some((m) => m.detail === q), query);
  return popup.getByRole('option');
};
const orderIdsShown = async (popup: Page, query: string) => (await search(popup, query)).locator('.archive-row-order').allTextContents();
const kindsShown = async (popup: Page) => popup.getByRole('option').locator('.archive-row-kind').allTextContents();

/** A fresh popup for the last captured page, its newest captures listed. */
async function openPopup(): Promise<Page> {
  const popup = await h.openPopup(lastPage);
  popup.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
  await popup.getByRole('option').first().waitFor();
  return popup;
}

/**
 * The evidence pack of ORDER, exported from a fresh popup's detail view of its newest capture.
 * The export runs in an extension tab the popup opens, so the popup is closed before the download
 * arrives: closing it must not stop the export.
 */
async function downloadOrderPack(): Promise<{ name: string; bytes: Buffer; exportPage: Page }> {
  const popup = await openPopup();
  await expect.poll(() => orderIdsShown(popup, ORDER)).toEqual([ORDER, ORDER]);
  await popup.getByRole('option').first().click();
  const detail = popup.getByRole('article');
  // Listen for the export tab's download from its first moment.
  const exportTab = new Promise<{ page: Page; download: Promise<Download> }>((resolve) =>
    h.context.once('page', (page) => resolve({ page, download: page.waitForEvent('download', { timeout: 60_000 }) })),
  );
  await detail.getByRole('button', { name: `Evidence pack for order ${ORDER}` }).click();
  await detail.getByText('The export runs in its own tab').waitFor();
  await popup.close();
  const { page, download: downloading } = await exportTab;
  const download = await downloading;
  expect(page.url()).toBe(`chrome-extension://${h.extensionId}/export.html?scope=order&order=${ORDER}`);
  await page.getByText(/^Downloaded seller-guard-evidence-order/).waitFor();
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Evidence pack for order ${ORDER}`);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()), exportPage: page };
}

const exportEntries = async () =>
  (await readStore<{ kind: string; summary: string }>(inspector, 'audit')).filter((e) => e.kind === 'export' && e.summary === `Exported 2 capture(s) (evidence pack for order ${ORDER})`).length;

beforeAll(async () => {
  h = await launchExtension('e2e');
  inspector = await h.openOptions();
  await capture(FIXTURE_URLS.orderUs);
  // Its order panel is still loading when Capture is pressed, and shows the order just after.
  await capture(FIXTURE_URLS.threadUs, 300);
  lastPage = await capture(FIXTURE_URLS.threadDe);
}, 240_000);
afterAll(async () => {
  await h?.close();
});

describe('archive in the popup', () => {
  it('lists the newest captures when it opens, with time, kind and buyer', async () => {
    const popup = await openPopup();
    await expect.poll(() => kindsShown(popup)).toEqual(['Buyer message thread', 'Buyer message thread', 'Order details']);
    const first = popup.getByRole('option').first();
    expect(await first.locator('.archive-row-buyer').textContent()).toBe('Lukas Schäfer');
    expect(await first.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    await expect.poll(() => popup.getByTestId('archive-storage').textContent()).toMatch(/used of .* available/);
    await popup.close();
  });

  it.each([
    ['its order id', ORDER, [ORDER, ORDER]],
    ['a word only in a buyer message', 'mailroom', [ORDER]],
    // The order page and the thread's order panel (captured once it had loaded) show the ASIN.
    ['an ASIN', 'B0C7Q2ZK4M', [ORDER, ORDER]],
    ['a German word typed without its umlaut', 'beschadigt', ['302-1938475-6647382']],
  ])('finds a capture by %s', async (_label, query, expected) => {
    const popup = await openPopup();
    await expect.poll(() => orderIdsShown(popup, query)).toEqual(expected);
    await popup.close();
  });

  it('opens a result with the keyboard and shows a buyer message with HTML as plain text', async () => {
    const popup = await openPopup();
    await expect.poll(() => orderIdsShown(popup, ORDER)).toEqual([ORDER, ORDER]);
    expect(await kindsShown(popup)).toEqual(['Buyer message thread', 'Order details']);
    const box = popup.getByRole('combobox', { name: 'Search the archive' });
    const selected = () => popup.getByRole('option', { selected: true }).locator('.archive-row-kind').textContent();
    await box.press('ArrowDown');
    expect(await selected()).toBe('Order details');
    await box.press('ArrowUp');
    expect(await selected()).toBe('Buyer message thread');
    await box.press('Enter');
    const detail = popup.getByRole('article');
    await detail.getByText('Verified: the content').waitFor();
    const message = detail.locator('.archive-message-text').filter({ hasText: 'delivery photo' });
    expect(await message.textContent()).toContain(`The delivery photo shows ${XSS} on a porch`);
    expect(await message.evaluate((el) => el.childElementCount)).toBe(0);
    expect(await popup.locator('img[src="x"]').count()).toBe(0);
    expect(await detail.getByRole('link', { name: 'Open the original page' }).getAttribute('href')).toBe(FIXTURE_URLS.threadUs);
    expect(await detail.getByRole('list', { name: 'Captures of this order' }).getByRole('listitem').count()).toBe(2);
    expect(dialogs).toEqual([]);
    await popup.close();
  });

  it("downloads an order's evidence pack from its own tab, after the popup closed, whose manifest hashes match its files", async () => {
    const exportsBefore = await exportEntries();
    const pack = await downloadOrderPack();
    expect(pack.name).toMatch(new RegExp(`^seller-guard-evidence-order-${ORDER}-\\d{12}\\.zip$`));
    const files = unzipSync(new Uint8Array(pack.bytes));
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest.captures.map((c: { record: { orderId: string; kind: string } }) => [c.record.orderId, c.record.kind])).toEqual([
      [ORDER, 'order-details'],
      [ORDER, 'message-thread'],
    ]);
    expect(manifest.files.filter((f: { role: string }) => f.role === 'screenshot')).toHaveLength(2);
    for (const file of manifest.files as { path: string; sha256: string }[]) {
      expect(createHash('sha256').update(files[file.path]!).digest('hex'), file.path).toBe(file.sha256);
    }
    expect(JSON.parse(new TextDecoder().decode(files['manifest.sig.json']))).toMatchObject({ algorithm: 'ECDSA-P256-SHA256', signedFile: 'manifest.json' });
    // The export tab writes its audit entry even though the popup that asked for it is gone.
    await expect.poll(exportEntries).toBe(exportsBefore + 1);
    await pack.exportPage.close();
  });

  it('report.html shows the HTML in a buyer message as text and runs nothing', async () => {
    const pack = await downloadOrderPack();
    await pack.exportPage.close();
    const report = new TextDecoder().decode(unzipSync(new Uint8Array(pack.bytes))['report.html']);
    const page = await h.context.newPage();
    const pageDialogs: string[] = [];
    page.on('dialog', (d) => void (pageDialogs.push(d.message()), d.dismiss()));
    await page.setContent(report);
    await page.getByText(`The delivery photo shows ${XSS} on a porch`).waitFor();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.getByRole('heading', { name: `Order ${ORDER}` }).count()).toBe(1);
    expect(pageDialogs).toEqual([]);
    await page.close();
  });
});

describe('verify and restore in the options page', () => {
  const upload = async (page: Page, section: string, name: string, bytes: Buffer) => {
    await page.locator(`#${section} input[type=file]`).setInputFiles({ name, mimeType: 'application/zip', buffer: bytes });
  };

  it('verify flags a screenshot changed by one byte, by name', async () => {
    const pack = await downloadOrderPack();
    await pack.exportPage.close();
    const options = await h.openOptions();
    await upload(options, 'verify-export', pack.name, pack.bytes);
    await expect.poll(() => options.getByTestId('verify-report').getAttribute('data-ok')).toBe('true');
    const fingerprint = await options.getByTestId('signing-key-fingerprint').textContent();
    expect(fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){15}$/);
    expect(await options.getByTestId('verify-report').textContent()).toContain(`Signed by key ${fingerprint} (this install's key), agent`);

    const files = unzipSync(new Uint8Array(pack.bytes));
    const shot = Object.keys(files).find((name) => name.startsWith('screenshots/'))!;
    files[shot]![files[shot]!.length - 20]! ^= 1;
    await upload(options, 'verify-export', 'changed.zip', Buffer.from(zipSync(files)));
    const alert = options.locator('#verify-export [role=alert]');
    await alert.waitFor();
    expect(await alert.getByRole('listitem').allTextContents()).toEqual([`${shot} was altered: its SHA-256 no longer matches the manifest.`]);
    await options.close();
  });

  it('restoring the same export twice adds nothing the second time (on another machine)', async () => {
    const pack = await downloadOrderPack();
    await pack.exportPage.close();
    const other = await launchExtension('e2e');
    try {
      const options = await other.openOptions();
      await upload(options, 'restore-export', pack.name, pack.bytes);
      await expect.poll(() => options.getByTestId('restore-summary').getAttribute('data-added'), { timeout: 20_000 }).toBe('2');
      await options.reload();
      await upload(options, 'restore-export', pack.name, pack.bytes);
      const summary = options.getByTestId('restore-summary');
      await expect.poll(() => summary.getAttribute('data-added'), { timeout: 20_000 }).toBe('0');
      expect(await summary.getAttribute('data-skipped')).toBe('2');
      expect((await storedCaptures(options)).map((c) => [c.seq, c.source, c.orderId])).toEqual([
        [1, 'restore', ORDER],
        [2, 'restore', ORDER],
      ]);
      expect(other.foreignRequests).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('made no request to anything but Seller Central', () => {
    expect(h.foreignRequests).toEqual([]);
  });
});
