// `npm run screenshots`: renders the README's pictures into docs/screenshots/ from the fake
// Seller Central in Chromium (the same shots as the demo tour), so they stay true to the code.
// TODO(welcome page): the welcome page (entrypoints/welcome/) is not in this branch yet; add its shot to SHOTS.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchExtension } from '../../tests/e2e/harness';
import { ensureBuild } from './ensure-build';
import { renderShots, SHOTS } from './shots';

const DIR = 'docs/screenshots';
const MAX_BYTES = 150 * 1024;

ensureBuild('e2e', (line) => console.log(line));
mkdirSync(DIR, { recursive: true });
const h = await launchExtension('e2e');
let tooBig = 0;
try {
  await renderShots(h, SHOTS, (shot, png) => {
    const path = join(DIR, `${shot.name}.png`);
    writeFileSync(path, png);
    const kb = (png.length / 1024).toFixed(0);
    if (png.length > MAX_BYTES) tooBig++;
    console.log(`${path}: ${kb} KB${png.length > MAX_BYTES ? ' (over 150 KB: crop it closer in tools/demo/shots.ts)' : ''}`);
  });
} finally {
  await h.close();
}
process.exitCode = tooBig > 0 ? 1 : 0;
