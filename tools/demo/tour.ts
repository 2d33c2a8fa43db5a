import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Harness } from '../../tests/e2e/harness';
import { renderShots, SHOTS, type Shot } from './shots';
import { tourIndex } from './tour-index';

/** Renders every shot into `dir` as numbered PNGs plus index.html; returns the files written. */
export async function writeTour(h: Harness, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const pictures: Array<{ file: string; caption: string }> = [];
  await renderShots(h, SHOTS, (shot: Shot, png) => {
    const file = `${String(pictures.length + 1).padStart(2, '0')}-${shot.name}.png`;
    writeFileSync(join(dir, file), png);
    pictures.push({ file, caption: shot.caption });
  });
  writeFileSync(join(dir, 'index.html'), tourIndex(pictures));
  return [...pictures.map((p) => p.file), 'index.html'];
}
