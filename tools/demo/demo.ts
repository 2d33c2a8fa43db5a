// `npm run demo [-- --tour] [-- --out <folder>]`: Seller Guard on the fake Seller Central of the
// tests, no seller account needed. With a display, Chromium opens on a start page listing every
// fixture page; without one (or with --tour) it writes a screenshot tour instead.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchExtension } from '../../tests/e2e/harness';
import { ensureBuild } from './ensure-build';
import { DEMO_START_URL, serveStartPage } from './start-page';
import { writeTour } from './tour';

const { values } = parseArgs({ options: { tour: { type: 'boolean', default: false }, out: { type: 'string', default: 'demo-tour' } } });
const log = (line: string) => console.log(line);
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (hasDisplay && !values.tour) {
  ensureBuild('production', log);
  const h = await launchExtension('production', { headless: false, viewport: null });
  await serveStartPage(h.context);
  const page = h.context.pages()[0] ?? (await h.context.newPage());
  await page.goto(DEMO_START_URL);
  log(`Chromium is open on ${DEMO_START_URL}: pick a page and try Seller Guard. Close the window (or press Ctrl+C) to end the demo.`);
  const stop = () => void h.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  h.context.once('close', stop);
} else {
  const dir = resolve(values.out);
  log(
    hasDisplay
      ? `Writing a screenshot tour to ${dir} (--tour).`
      : `No display (DISPLAY and WAYLAND_DISPLAY are unset), so instead of opening Chromium the demo writes a screenshot tour to ${dir}.`,
  );
  // The pictures use the end-to-end build: the same extension with "one-click screenshots from
  // the page" already granted (Chromium's permission prompt cannot be clicked headless).
  ensureBuild('e2e', log);
  const h = await launchExtension('e2e');
  try {
    const files = await writeTour(h, dir);
    log(`Wrote ${files.length - 1} pictures and ${resolve(dir, 'index.html')}: open it in a browser.`);
  } finally {
    await h.close();
  }
}
