import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PAGES, DEMO_START_URL, serveStartPage } from '../../tools/demo/start-page';
import { FIXTURE_URLS } from '../fixtures/site';
import { launchExtension } from './harness';

// `npm run demo` on a machine without a display (like CI): it must say so and write the
// screenshot tour instead of trying to open a window.
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const out = join(mkdtempSync(join(tmpdir(), 'seller-guard-demo-')), 'tour');

afterAll(() => rmSync(join(out, '..'), { recursive: true, force: true }));

describe('npm run demo without a display', () => {
  it('says there is no display and writes a tour of PNGs with an index.html', () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const run = spawnSync('npm', ['run', '-s', 'demo', '--', '--out', out], { env, encoding: 'utf8', timeout: 150_000 });
    expect(run.error, run.stderr).toBeUndefined();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^No display \(DISPLAY and WAYLAND_DISPLAY are unset\)/m);

    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).not.toMatch(/<script/i);
    const pictures = [...index.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]!);
    expect(pictures.map((file) => file.replace(/^\d+-|\.png$/g, ''))).toEqual([
      'watchlist-banner',
      'draft-findings',
      'capture-panel',
      'popup-results',
      'options',
    ]);
    for (const file of pictures) {
      const bytes = readFileSync(join(out, file));
      expect([...bytes.subarray(0, 8)], file).toEqual(PNG_SIGNATURE);
      expect(statSync(join(out, file)).size, file).toBeGreaterThan(2_000);
    }
  }, 180_000);
});

describe('the demo start page', () => {
  it('links every fixture page with one line of what to try, and reaches nothing outside Seller Central', async () => {
    const h = await launchExtension('production');
    try {
      await serveStartPage(h.context);
      const page = await h.open(DEMO_START_URL);
      const items = page.locator('#pages li');
      await items.nth(Object.keys(FIXTURE_URLS).length - 1).waitFor();
      const listed = await items.evaluateAll((lis) =>
        lis.map((li) => ({ href: li.querySelector('a')!.href, tryThis: li.querySelector('.try')!.textContent })),
      );
      expect(listed).toEqual(Object.entries(DEMO_PAGES).map(([name, tryThis]) => ({ href: FIXTURE_URLS[name as keyof typeof FIXTURE_URLS], tryThis })));
      // A link opens the fixture page, with Seller Guard running on it.
      await page.locator('#pages a').first().click();
      await page.getByRole('button', { name: 'Capture page' }).waitFor();
      expect(page.url()).toBe(FIXTURE_URLS.orderUs);
      expect(h.foreignRequests).toEqual([]);
    } finally {
      await h.close();
    }
  });
});
