import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../../storage/chain/capture-chain';
import { verifyEvents } from '../../../../storage/chain/chain-events';
import { db } from '../../../../storage/db';
import { restoreExport } from '../../../../storage/export/restore';
import type { SellerGuardError } from '../../../../utils/errors';
import { verifyExport } from '../../../../storage/export/verify-export';
import { at, orderDraft, resetDb, seed, threadDraft } from '../archive-fixtures';
import { pack, tamper, text } from './pack-helpers';

beforeEach(resetDb);

const seedThree = () =>
  seed(
    [
      orderDraft({ capturedAt: at(1), orderId: '112-4837261-5938217' }),
      threadDraft({ capturedAt: at(2) }),
      orderDraft({ capturedAt: at(3), orderId: '112-4837261-5938217' }),
    ],
    true,
  );
const SHOT = 'screenshots/000001_112-4837261-5938217_1.png';

describe('verifyExport', () => {
  it('passes an untouched pack and counts what it checked', async () => {
    await seedThree();
    const report = await verifyExport((await pack()).blob);
    expect(report).toMatchObject({ ok: true, problems: [], captures: { checked: 3, intact: 3, redacted: 0 }, chainLinks: 2 });
    expect(report.files.checked).toBe(5);
  });

  it.each([
    [
      'a screenshot changed by one byte',
      (f: Record<string, Uint8Array>) => {
        f[SHOT]![f[SHOT]!.length - 1]! ^= 1;
      },
      { altered: [SHOT], missing: [], extra: [] },
      `${SHOT} was altered: its SHA-256 no longer matches the manifest.`,
    ],
    ['a missing report', (f: Record<string, Uint8Array>) => delete f['report.html'], { altered: [], missing: ['report.html'], extra: [] }, 'report.html is missing from the pack.'],
    [
      'an added file',
      (f: Record<string, Uint8Array>) => {
        f['screenshots/extra.png'] = new Uint8Array([1, 2, 3]);
      },
      { altered: [], missing: [], extra: ['screenshots/extra.png'] },
      'screenshots/extra.png was added: the manifest does not list it.',
    ],
  ])('names %s', async (_label, edit, files, problem) => {
    await seedThree();
    const report = await verifyExport(await tamper((await pack()).blob, edit));
    expect(report.ok).toBe(false);
    expect(report.files).toMatchObject(files);
    expect(report.problems).toEqual([problem]);
  });

  it('names a capture whose record was edited in manifest.json, and a broken chain link', async () => {
    await seedThree();
    const edited = await tamper((await pack()).blob, (f) => {
      const manifest = JSON.parse(text(f['manifest.json']));
      manifest.captures[1].record.buyerName = 'Someone Else';
      manifest.captures[2].record.prevHash = 'f'.repeat(64);
      f['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
    });
    const report = await verifyExport(edited);
    expect(report.problems).toEqual([
      expect.stringMatching(/^manifest\.sig\.json does not match manifest\.json: the manifest was changed after key [0-9a-f ]{79} signed it\.$/),
      'Capture #2 (order 302-1938475-6647382) in manifest.json was altered: its content no longer matches its SHA-256.',
      'Capture #3 (order 112-4837261-5938217) in manifest.json was altered: its content no longer matches its SHA-256.',
      'Capture #3 does not link to capture #2: the chain is broken.',
    ]);
  });

  it.each([
    ['a file that is not a ZIP', new Blob(['hello']), /not a ZIP archive/],
    ['a ZIP without a manifest', 'no-manifest', /manifest.json is missing/],
    ['a manifest of another version', 'v3', /version 1 or 2/],
  ])('explains %s', async (_label, input, message) => {
    await seedThree();
    const original = (await pack()).blob;
    const file =
      input === 'no-manifest'
        ? await tamper(original, (f) => delete f['manifest.json'])
        : input === 'v3'
          ? await tamper(original, (f) => {
              f['manifest.json'] = new TextEncoder().encode(JSON.stringify({ ...JSON.parse(text(f['manifest.json'])), version: 3 }));
            })
          : (input as Blob);
    const report = await verifyExport(file);
    expect(report.ok).toBe(false);
    expect(report.problems[0]).toMatch(message);
  });
});

describe('restoreExport', () => {
  const counts = async () => ({
    captures: await db.captures.count(),
    images: await db.captureImages.count(),
    events: await db.chainEvents.count(),
    head: (await db.meta.get('chain-head'))?.value,
  });

  it('restores a pack into an empty archive, then adds nothing the second time', async () => {
    const saved = await seedThree();
    const file = (await pack()).blob;
    await resetDb();

    const first = await restoreExport(file, { agent: 'Sam', now: new Date('2026-03-02T00:00:00Z') });
    expect(first).toEqual({ added: 3, skipped: [] });
    const restored = await db.captures.orderBy('seq').toArray();
    expect(restored.map((r) => [r.id, r.source, r.capturedAt, r.orderId])).toEqual(saved.map((r) => [r.id, 'restore', r.capturedAt, r.orderId]));
    expect(await db.captureImages.count()).toBe(2);
    expect(await verifyChain()).toMatchObject({ ok: true, intact: 3 });
    expect(await verifyEvents()).toMatchObject({ ok: true, intact: 1 });
    const [event] = await db.chainEvents.toArray();
    expect(event!.type === 'restore' && event!.entries.map((e) => e.originalHash)).toEqual(saved.map((r) => r.hash));

    const before = await counts();
    const second = await restoreExport(file, { agent: 'Sam' });
    expect(second.added).toBe(0);
    expect(second.skipped.map((s) => s.reason)).toEqual(['already-in-archive', 'already-in-archive', 'already-in-archive']);
    expect(await counts()).toEqual(before);
    expect(await db.audit.where('kind').equals('restore').count()).toBe(2);
  });

  it('merges into an archive with other captures, appending to its chain', async () => {
    await seedThree();
    const file = (await pack({ type: 'order', orderId: '112-4837261-5938217' })).blob;
    await resetDb();
    await seed([threadDraft({ capturedAt: at(9) })]);
    expect(await restoreExport(file, { agent: 'Sam' })).toMatchObject({ added: 2 });
    expect((await db.captures.orderBy('seq').toArray()).map((r) => r.seq)).toEqual([1, 2, 3]);
    expect((await verifyChain()).ok).toBe(true);
  });

  it('refuses a pack with a bad file and changes nothing', async () => {
    await seedThree();
    const bad = await tamper((await pack()).blob, (f) => {
      f[SHOT]![f[SHOT]!.length - 1]! ^= 0xff;
    });
    await resetDb();
    await seed([threadDraft({ capturedAt: at(9) })]);
    const before = await counts();
    const error = await restoreExport(bad, { agent: 'Sam' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'restore-refused' });
    expect((error as SellerGuardError).problems).toEqual([`${SHOT} was altered: its SHA-256 no longer matches the manifest.`]);
    expect(await counts()).toEqual(before);
  });

  it('leaves nothing behind when the write fails half way', async () => {
    await seedThree();
    const file = (await pack()).blob;
    await resetDb();
    const before = await counts();
    // A record the archive cannot take (duplicate image id) makes the one transaction fail.
    await db.captureImages.add({ id: (await verifyExport(file)).manifest!.captures[2]!.record.images[0]!.id, captureId: 'x', index: 0, width: 1, height: 1, png: new Blob([]) });
    await expect(restoreExport(file, { agent: 'Sam' })).rejects.toThrow();
    expect({ ...(await counts()), images: (await db.captureImages.count()) - 1 }).toEqual(before);
    expect(await db.audit.where('kind').equals('restore').count()).toBe(0);
  });
});
