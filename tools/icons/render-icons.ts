// `npm run icons`: renders public/icon/icon.svg to the PNGs the manifest lists (16, 32, 48 and
// 128 px, transparent background) with Debian's Chromium, so the icons always match their source.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../../tests/e2e/harness';

export const ICON_SIZES = [16, 32, 48, 128] as const;
const DIR = resolve('public/icon');

const svg = readFileSync(resolve(DIR, 'icon.svg'));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block;width:${size}px;height:${size}px}</style><img alt="" src="${src}">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = await page.screenshot({ omitBackground: true });
    writeFileSync(resolve(DIR, `${size}.png`), png);
    console.log(`public/icon/${size}.png: ${png.length} bytes`);
    await page.close();
  }
} finally {
  await browser.close();
}
