import { deflateRawSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyExport } from '../../../../storage/export/verify-export';
import { at, orderDraft, resetDb, seed, threadDraft } from '../archive-fixtures';
import { pack, unzip } from './pack-helpers';
import { craftZip, deflateBomb, storedEntries, type CraftEntry } from './zip-craft';

beforeEach(resetDb);

const SHOT = 'screenshots/000001_112-4837261-5938217_1.png';

async function genuineFiles() {
  await seed([orderDraft({ capturedAt: at(1), orderId: '112-4837261-5938217' }), threadDraft({ capturedAt: at(2) })], true);
  return unzip((await pack()).blob);
}

/** The genuine pack's entries, with the entry called `name` replaced by `replace`. */
const swap = (files: Record<string, Uint8Array>, name: string, replace: CraftEntry) =>
  craftZip(storedEntries(files).map((e) => (e.name === name ? replace : e)));

describe('reading a hostile pack', () => {
  const bomb = deflateBomb(1024); // 1 GiB of zeros in about 1 MB

  it.each([
    ['report.html declaring 0 bytes', 'report.html', 0, /^report\.html inflates to more than the 0 bytes its ZIP entry declares/],
    ['report.html declaring the size its manifest lists', 'report.html', 'listed', /^report\.html inflates to more than the [\d,]+ bytes its ZIP entry declares/],
    ['manifest.json declaring 0 bytes', 'manifest.json', 0, /^manifest\.json inflates to more than the 0 bytes its ZIP entry declares/],
    ['report.html declaring 4 GiB', 'report.html', 0xffff_fffe, /^report\.html declares 4,294,967,294 bytes, more than the \d[\d,]* it may have/],
    ['manifest.json declaring 4 GiB', 'manifest.json', 0xffff_fffe, /^manifest\.json declares 4,294,967,294 bytes, more than the 268,435,456 it may have/],
  ] as const)('refuses a ZIP bomb in %s within a second and without the memory', async (_label, name, declaredSize, problem) => {
    const files = await genuineFiles();
    const size = declaredSize === 'listed' ? files[name]!.length : declaredSize;
    const forged = swap(files, name, { name, data: bomb, method: 8, declaredSize: size });
    // Warm up (first WebCrypto and inflate calls), so the clock measures the bomb, not start-up.
    await verifyExport(craftZip(storedEntries(files)));
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const report = await verifyExport(forged);
    const elapsed = performance.now() - started;
    const grown = process.memoryUsage().rss - rssBefore;
    expect(report.ok).toBe(false);
    expect(report.problems).toContainEqual(expect.stringMatching(problem));
    expect(elapsed).toBeLessThan(1000);
    expect(grown).toBeLessThan(50 * 1024 * 1024);
  });

  it('refuses an entry that inflates past the size its manifest lists, even when the ZIP declares that much', async () => {
    const files = await genuineFiles();
    const grown = new Uint8Array(files['captures.csv']!.length + 10);
    const forged = swap(files, 'captures.csv', { name: 'captures.csv', data: deflateRawSync(grown), method: 8, declaredSize: grown.length });
    const report = await verifyExport(forged);
    const n = (bytes: number) => bytes.toLocaleString('en-US');
    expect(report.problems).toEqual([`captures.csv declares ${n(grown.length)} bytes, more than the ${n(grown.length - 10)} it may have, so it was not read.`]);
    expect(report.files.altered).toEqual(['captures.csv']);
  });

  it('reports a forged report.html placed before the genuine one', async () => {
    const files = await genuineFiles();
    const forged = craftZip([{ name: 'report.html', data: new TextEncoder().encode('<h1>Refund approved</h1>') }, ...storedEntries(files)]);
    const report = await verifyExport(forged);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual(['report.html appears twice in the ZIP archive: a second copy was added, so the pack cannot be trusted.']);
  });

  it('reports an entry whose local header names another file', async () => {
    const files = await genuineFiles();
    const forged = swap(files, 'report.html', { name: 'report.html', localName: 'report.htm', data: files['report.html']! });
    expect((await verifyExport(forged)).problems).toEqual(['report.html: its local header names it "report.htm", so the ZIP archive was tampered with.']);
  });

  it.each([
    ['../../.config/autostart/x.desktop', 'climbs out of the pack'],
    ['/etc/cron.d/x', 'is an absolute path'],
    ['C:/Users/x.bat', 'is an absolute path'],
    ['screenshots\\..\\x.png', 'contains a backslash'],
    ['screenshots//x.png', 'has an empty segment'],
    ['report\u0000.html', 'contains control or undecodable characters'],
  ])('refuses the entry name %j', async (name, problem) => {
    const files = await genuineFiles();
    const report = await verifyExport(craftZip([...storedEntries(files), { name, data: new Uint8Array([1]) }]));
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatch(new RegExp(`^The ZIP entry ${JSON.stringify(name).replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')} .*${problem.replace(/[()]/g, '\\$&')}.*, so the pack was not read\\.$`));
  });

  it('names files added beyond what the manifest lists, and counts the rest', async () => {
    const files = await genuineFiles();
    const added = Array.from({ length: 25 }, (_, i) => ({ name: `screenshots/extra-${i}.png`, data: new Uint8Array([i]) }));
    const report = await verifyExport(craftZip([...storedEntries(files), ...added]));
    expect(report.files.extra).toHaveLength(25);
    expect(report.problems).toHaveLength(21);
    expect(report.problems.at(-1)).toBe('5 more files were added that the manifest does not list.');
  });

  it('still reads a genuine pack repacked by a ZIP tool (stored entries, in another order)', async () => {
    const files = await genuineFiles();
    const repacked = craftZip(storedEntries(files).reverse());
    expect(await verifyExport(repacked)).toMatchObject({ ok: true, problems: [], signature: { status: 'signed', signedBy: 'Dana' } });
    expect(Object.keys(files)).toContain(SHOT);
  });
});
