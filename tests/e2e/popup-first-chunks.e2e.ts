import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS } from './harness';

/**
 * What the built popup loads before its first results: the scripts its HTML names (entry and
 * module preloads), and few of them. Only what the archive's first page needs belongs there; German and Chinese
 * texts load for the agents who read them (locales/language-packs.ts), and zod, which only
 * the receiving side of a message and the settings editor need, after the first frame.
 */
function popupFirstScripts(folder: string): { files: string[]; code: string } {
  const html = readFileSync(join(folder, 'popup.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((match) => match[1]!);
  return { files, code: files.map((file) => readFileSync(join(folder, file), 'utf8')).join('\n') };
}

describe.each(Object.entries(BUILDS))('the %s build of the popup', (_, folder) => {
  const { files, code } = popupFirstScripts(folder);

  it('loads its entry and shared chunks up front, with the English texts', () => {
    expect(files.length).toBeGreaterThan(1);
    expect(code.includes('Evidence archive')).toBe(true);
  });

  // Each extension file costs Chromium's loader a few ms before the popup's script can run:
  // small shared chunks are copied into their importers (wxt.config.ts), not fetched one by one.
  it('names few script files (small shared chunks are copied in)', () => {
    expect(files.length).toBeLessThanOrEqual(6);
  });

  it.each([
    ['the German texts', 'Beweisarchiv'],
    ['the Chinese texts', '证据存档'],
    ['zod', 'ZodError'],
  ])('keeps %s out of them', (what, marker) => {
    const holding = files.filter((file) => readFileSync(join(folder, file), 'utf8').includes(marker));
    expect(holding, `chunks holding ${what}`).toEqual([]);
  });
});
