import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Download, type Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { learnStopTerms } from '../../rules/search/learn-stop-terms';
import type { CaptureRecord } from '../../storage/capture/capture-schema';
import { CHROMIUM } from '../e2e/harness';
import { seedCapture, type SeedImage } from './archive-seed';
import { recordBench } from './record';

// Issue 6: archive search p50/p95 at 100,000 captures (target p95 ≤ 100 ms), popup open to
// first results (target < 300 ms), and the time and peak JS heap of a 1,000-capture export
// with screenshots. Real Chromium, the e2e build, captures seeded into the extension's own
// IndexedDB from an extension page.
//
// Seeding 100,000 realistic captures (about 44 index terms each) takes Chromium's IndexedDB
// several minutes on a 2-core machine, growing with the database (LevelDB compactions). The
// seeded browser profile is therefore kept (SEED_CACHE) and copied for each later run; delete
// it, or change SEED_VERSION with the generator, to seed again.

const TOTAL = Number(process.env.SELLER_GUARD_ARCHIVE_CAPTURES ?? 100_000);
const SEED_VERSION = 2;
const EXTENSION = resolve(`${process.env.SELLER_GUARD_OUT ?? '.output'}/e2e/chrome-mv3`);
// Chromium derives an unpacked extension's id, and so its IndexedDB, from the folder it loads:
// a profile seeded for another build folder holds no archive for this one.
const FOLDER_KEY = createHash('sha256').update(EXTENSION).digest('hex').slice(0, 8);
const SEED_CACHE = process.env.SELLER_GUARD_ARCHIVE_SEED_CACHE ?? join(tmpdir(), `seller-guard-archive-bench-${TOTAL}-v${SEED_VERSION}-${FOLDER_KEY}`);
const EXPORTED = 1_000;
const BATCH = 2_000;
const RUNS = 25;
const POPUP_OPENS = 11;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/** Draw a few screenshot-like PNGs in the extension page and keep them there as Blobs. */
async function makeScreenshots(page: Page): Promise<SeedImage[]> {
  return page.evaluate(async () => {
    const images: { variant: number; sha256: string; width: number; height: number }[] = [];
    const blobs: Blob[] = [];
    for (let variant = 0; variant < 6; variant++) {
      const canvas = new OffscreenCanvas(1280, 800);
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#f7f8f8';
      g.fillRect(0, 0, 1280, 800);
      g.fillStyle = '#002f36';
      g.fillRect(0, 0, 1280, 48);
      for (let line = 0; line < 60; line++) {
        g.fillStyle = line % 7 ? '#0f1111' : '#007185';
        g.font = `${12 + (line % 3) * 2}px sans-serif`;
        g.fillText(`Order 112-${String(4837261 + line * 13 + variant).padStart(7, '0')} · Northwind Trail Water Bottle · Delivered · ${line * 37 + variant}`, 24 + (line % 2) * 640, 70 + (line % 30) * 24);
      }
      const blob = await canvas.convertToBlob({ type: 'image/png' });
      const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
      images.push({ variant, sha256: [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join(''), width: 1280, height: 800 });
      blobs.push(blob);
    }
    (globalThis as unknown as { benchShots: Blob[] }).benchShots = blobs;
    return images;
  });
}

/** Write one batch of captures (and their screenshot rows) in one relaxed-durability transaction. */
function writeBatch(page: Page, records: CaptureRecord[], variants: number[], head: { seq: number; hash: string; id: string }, stopTerms: string[]): Promise<void> {
  // One JSON string crosses the DevTools protocol far faster than the same objects.
  return page.evaluate(
    (json) =>
      new Promise<void>((resolve, reject) => {
        const { records, variants, head, stopTerms } = JSON.parse(json) as { records: CaptureRecord[]; variants: number[]; head: unknown; stopTerms: string[] };
        const open = indexedDB.open('seller-guard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const shots = (globalThis as unknown as { benchShots: Blob[] }).benchShots;
          const tx = db.transaction(['captures', 'captureImages', 'meta'], 'readwrite', { durability: 'relaxed' });
          const captures = tx.objectStore('captures');
          const images = tx.objectStore('captureImages');
          records.forEach((record, i) => {
            captures.put(record);
            for (const image of record.images) {
              images.put({ id: image.id, captureId: record.id, index: image.index, width: image.width, height: image.height, png: shots[variants[i]!]! });
            }
          });
          tx.objectStore('meta').put({ key: 'chain-head', value: head });
          if (stopTerms.length) tx.objectStore('meta').put({ key: 'search-stop-terms', value: { terms: stopTerms, learnedAt: new Date().toISOString() } });
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => (db.close(), reject(tx.error));
        };
      }),
    JSON.stringify({ records, variants, head, stopTerms }),
  );
}

async function seed(page: Page): Promise<number> {
  const shots = await makeScreenshots(page);
  const started = performance.now();
  let prev = { seq: 0, hash: '0'.repeat(64), id: '' };
  // As in the product: the first captures index every term; then the daily run learns the
  // stop terms from the newest 1,000 (storage/search-stop-terms.ts) and later captures skip them.
  let stop: ReadonlySet<string> = new Set();
  let write: Promise<void> = Promise.resolve();
  for (let start = 0; start < TOTAL; start += BATCH) {
    const records: CaptureRecord[] = [];
    const variants: number[] = [];
    for (let i = start; i < Math.min(TOTAL, start + BATCH); i++) {
      const exported = i >= TOTAL - EXPORTED;
      const shot = exported ? shots[i % shots.length]! : null;
      const record = seedCapture(i, TOTAL, prev, shot, exported ? ['bench-export'] : [], stop);
      records.push(record);
      variants.push(shot?.variant ?? 0);
      prev = { seq: record.seq, hash: record.hash, id: record.id };
    }
    if (!stop.size) stop = new Set(learnStopTerms(records.slice(-1000).map((r) => r.tokens), []));
    // Generate the next batch while the browser writes this one.
    await write;
    write = writeBatch(page, records, variants, prev, [...stop]);
  }
  await write;
  return performance.now() - started;
}

/** Type a query into the popup and return how long the search itself took (the popup measures it). */
async function timedSearch(popup: Page, query: string): Promise<number> {
  const before = await popup.evaluate(() => performance.getEntriesByName('archive-search').length);
  await popup.getByRole('combobox', { name: 'Search the archive' }).fill(query);
  // A new measure for this query (the same query may have been measured before).
  const handle = await popup.waitForFunction(
    ({ q, before }) => (performance.getEntriesByName('archive-search') as PerformanceMeasure[]).slice(before).find((m) => m.detail === q)?.duration,
    { q: query, before },
    { timeout: 30_000 },
  );
  const duration = (await handle.jsonValue()) as number;
  if (process.env.SELLER_GUARD_BENCH_DEBUG) {
    const phases = await popup.evaluate(() => (performance.getEntriesByName('archive-search-phases').at(-1) as PerformanceMeasure | undefined)?.detail);
    console.log(`${query}: ${duration.toFixed(1)} ms ${JSON.stringify(phases)}`);
  }
  return duration;
}

/** How many captures the extension's IndexedDB holds, read from an extension page. */
function countCaptures(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('seller-guard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('captures').objectStore('captures').count();
          request.onsuccess = () => (db.close(), resolve(request.result));
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

async function openToResults(extensionId: string, popup: Page): Promise<number> {
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const handle = await popup.waitForFunction(() => performance.getEntriesByName('archive-first-results')[0]?.startTime, null, { timeout: 30_000 });
  await popup.getByRole('option').first().waitFor();
  if (process.env.SELLER_GUARD_BENCH_DEBUG) {
    console.log(await popup.evaluate(() => JSON.stringify({ dcl: performance.getEntriesByType('navigation')[0]?.toJSON(), search: performance.getEntriesByName('archive-search').map((m) => [m.startTime, m.duration]) })));
  }
  return (await handle.jsonValue()) as number;
}

interface Browser {
  context: BrowserContext;
  extensionId: string;
  foreignRequests: string[];
}

/** Chromium with the e2e build and the given profile; nothing but the extension itself may be asked for. */
async function launch(userDataDir: string): Promise<Browser> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error(`No extension build at ${EXTENSION}. Run: npm run build:e2e`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const foreignRequests: string[] = [];
  context.on('request', (request) => {
    if (!/^(chrome-extension|data|blob):/.test(request.url())) foreignRequests.push(request.url());
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { context, extensionId: new URL(worker.url()).host, foreignRequests };
}

/** Seed the cached profile once (the options page opens the database, then writes into it). */
async function seedProfile(): Promise<void> {
  const marker = join(SEED_CACHE, 'seeded.json');
  if (existsSync(marker)) return;
  rmSync(SEED_CACHE, { recursive: true, force: true });
  const browser = await launch(SEED_CACHE);
  try {
    const seeder = await browser.context.newPage();
    await seeder.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await seeder.getByRole('table', { name: 'Audit log entries' }).waitFor();
    const seedMs = await seed(seeder);
    recordBench(`archive.seed.${TOTAL / 1000}k.time`, Math.round(seedMs), 'ms');
  } finally {
    await browser.context.close();
  }
  writeFileSync(marker, JSON.stringify({ total: TOTAL, version: SEED_VERSION, at: new Date().toISOString() }));
}

it(`archive: search, popup and export at ${TOTAL.toLocaleString('en')} captures`, async () => {
  await seedProfile();
  // Each run works on a copy: exports, thumbnails and audit entries must not carry over.
  const profile = mkdtempSync(join(tmpdir(), 'sg-archive-bench-'));
  cpSync(SEED_CACHE, profile, { recursive: true });
  const h = await launch(profile);
  try {
    const popup = await h.context.newPage();
    const opens: number[] = [];
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    expect(await countCaptures(popup), 'captures in the seeded archive this build sees').toBe(TOTAL);
    // The median of 11 opens: one open varies by ±50 ms on a shared 2-core machine.
    for (let run = 0; run < POPUP_OPENS; run++) opens.push(await openToResults(h.extensionId, popup));
    recordBench('archive.popup.open_to_results', Math.round(percentile(opens, 50)), 'ms');

    const orderIds = Array.from({ length: RUNS }, (_, r) => seedCapture(Math.floor(((r + 0.5) / RUNS) * TOTAL), TOTAL, { seq: 0, hash: '0'.repeat(64) }, null).orderId!);
    const words = ['refund', 'damaged', 'mailroom', 'beschadigt', 'warranty', 'invoice', 'exchange', 'ruckerstattung', '破損', 'porch', 'crushed', 'replacement', 'leaks', 'depot', 'colour', 'delivered', 'tracking', 'smaller', 'bestellung', '返品', 'lid', 'vat', 'wrong', 'thank', 'jacket'];
    // The seeded captures cover the two years before seeding; date filters are relative to now.
    const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
    const filtered = [
      'kind:thread refund',
      'buyer:maria kind:order',
      `kind:order from:${ago(540)} to:${ago(420)}`,
      'tag:bench-export kind:thread',
      `damaged from:${ago(690)}`,
      'asin:B0 kind:contact',
      'buyer:schafer beschadigt',
      `tracking:1Z kind:order from:${ago(325)}`,
      'kind:thread exchange',
      'buyer:tanaka kind:thread',
      `warranty from:${ago(630)} to:${ago(570)}`,
      `kind:contact from:${ago(170)}`,
      'buyer:olivia invoice',
      `kind:order delivered from:${ago(420)}`,
      'asin:b0 lid',
      'kind:thread 破損',
      `buyer:weber kind:order to:${ago(330)}`,
      `replacement kind:thread from:${ago(325)}`,
      `tracking:1z kind:order to:${ago(630)}`,
      `buyer:smith from:${ago(80)}`,
      'kind:thread bestellung',
      'order:111- kind:order',
      'order:302- wrong',
      `kind:thread from:${ago(385)} to:${ago(355)}`,
      'buyer:grace kind:contact',
    ];
    const queries = {
      word: words.slice(0, RUNS),
      order: orderIds,
      filtered: filtered.slice(0, RUNS),
    };
    for (const [name, list] of Object.entries(queries)) {
      const times: number[] = [];
      for (const query of list) times.push(await timedSearch(popup, query));
      recordBench(`archive.search.${name}.p50`, Math.round(percentile(times, 50) * 10) / 10, 'ms');
      recordBench(`archive.search.${name}.p95`, Math.round(percentile(times, 95) * 10) / 10, 'ms');
    }

    // Export the 1,000 captures with screenshots: the popup hands the export to its own tab,
    // whose JS heap is sampled until the ZIP has been downloaded.
    await timedSearch(popup, 'tag:bench-export');
    await popup.getByRole('button', { name: 'Export these results' }).and(popup.locator(':enabled')).waitFor({ timeout: 30_000 });
    const exportTab = new Promise<{ page: Page; download: Promise<Download> }>((resolve) =>
      h.context.once('page', (page) => resolve({ page, download: page.waitForEvent('download', { timeout: 300_000 }) })),
    );
    const started = performance.now();
    await popup.getByRole('button', { name: 'Export these results' }).click();
    const { page: exportPage, download: downloading } = await exportTab;
    const cdp = await h.context.newCDPSession(exportPage);
    let peak = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
        peak = Math.max(peak, usedSize);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const download = await downloading;
    const exportMs = performance.now() - started;
    sampling = false;
    await sampler;
    const size = statSync(await download.path()).size;
    await cdp.send('HeapProfiler.collectGarbage');
    const after = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    recordBench('archive.export.1000.js_heap_after_gc', Math.round(after.usedSize / 1_048_576), 'MB');
    recordBench('archive.export.1000.time', Math.round(exportMs), 'ms');
    recordBench('archive.export.1000.size', Math.round(size / 1_048_576), 'MB');
    recordBench('archive.export.1000.peak_js_heap', Math.round(peak / 1_048_576), 'MB');
    expect(h.foreignRequests).toEqual([]);
  } finally {
    await h.context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}, 3_600_000);
