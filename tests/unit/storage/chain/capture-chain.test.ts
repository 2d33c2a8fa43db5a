import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../../locales/current';
import { recordHash, verifyChain } from '../../../../storage/chain/capture-chain';
import { CHAIN_BASE_KEY, CHAIN_HEAD_KEY, GENESIS_HASH } from '../../../../storage/chain/chain-link';
import { saveCapture } from '../../../../storage/capture/capture-store';
import { db } from '../../../../storage/db';
import { orderDraft, pngBlob } from '../capture-draft';

async function captureFive() {
  const saved = [];
  for (let i = 0; i < 5; i++) {
    saved.push(await saveCapture(orderDraft({ note: `capture ${i + 1}` }), [{ png: pngBlob(i), width: 2, height: 2 }]));
  }
  return saved;
}

beforeEach(async () => {
  db.close();
  await Dexie.delete(db.name);
  await db.open();
});

describe('capture hash chain', () => {
  it('links each capture to the one before, from genesis', async () => {
    const saved = await captureFive();
    expect(saved.map((c) => c.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(saved[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < saved.length; i++) expect(saved[i]!.prevHash).toBe(saved[i - 1]!.hash);
    for (const capture of saved) expect(await recordHash(capture)).toBe(capture.hash);
    expect((await db.meta.get(CHAIN_HEAD_KEY))?.value).toMatchObject({ seq: 5, hash: saved[4]!.hash });
  });

  it('verifies an untouched archive', async () => {
    await captureFive();
    expect(await verifyChain()).toEqual({ ok: true, intact: 5, firstBroken: null });
  });

  it('verifies an empty archive', async () => {
    expect(await verifyChain()).toEqual({ ok: true, intact: 0, firstBroken: null });
  });

  it.each([
    ['the note', { note: 'edited later' }],
    ['the captured text', { text: 'Order ID: 112-3456789-0123456\nNot delivered' }],
    ['a tracking id inside the data', { 'data.order.tracking': [] }],
    ['the capture time', { capturedAt: '2026-07-06T09:30:00.000Z' }],
  ])('reports tampering with %s at that capture', async (_field, change) => {
    const saved = await captureFive();
    await db.captures.update(saved[2]!.id, change);
    const report = await verifyChain();
    expect(report).toMatchObject({ ok: false, intact: 2, firstBroken: { seq: 3, id: saved[2]!.id, reason: 'hash-mismatch' } });
  });

  it('reports a capture whose hash was recomputed after tampering at the next link', async () => {
    const saved = await captureFive();
    const forged = { ...saved[1]!, note: 'forged' };
    await db.captures.put({ ...forged, hash: await recordHash(forged) });
    expect((await verifyChain()).firstBroken).toMatchObject({ seq: 3, id: saved[2]!.id, reason: 'prev-hash-mismatch' });
  });

  it('reports a deleted capture in the middle as missing', async () => {
    const saved = await captureFive();
    await db.captures.delete(saved[1]!.id);
    expect(await verifyChain()).toMatchObject({ ok: false, intact: 1, firstBroken: { seq: 2, id: null, reason: 'missing-record' } });
  });

  it('reports the newest capture deleted (the chain head remembers it)', async () => {
    const saved = await captureFive();
    await db.captures.delete(saved[4]!.id);
    expect((await verifyChain()).firstBroken).toMatchObject({ seq: 5, reason: 'missing-record' });
  });

  it('reports two captures swapped in order', async () => {
    const saved = await captureFive();
    await db.transaction('rw', db.captures, async () => {
      await db.captures.update(saved[1]!.id, { seq: 100 });
      await db.captures.update(saved[2]!.id, { seq: 2 });
      await db.captures.update(saved[1]!.id, { seq: 3 });
    });
    expect((await verifyChain()).firstBroken).toMatchObject({ seq: 2, id: saved[2]!.id, reason: 'prev-hash-mismatch' });
  });

  it.each([
    ['changed', (id: string) => db.captureImages.update(id, { png: pngBlob(99) }), 'image-mismatch'],
    ['deleted', (id: string) => db.captureImages.delete(id), 'image-missing'],
  ])('reports a screenshot %s after it was stored', async (_what, change, reason) => {
    const saved = await captureFive();
    await change(saved[3]!.images[0]!.id);
    expect((await verifyChain()).firstBroken).toMatchObject({ seq: 4, reason });
    expect((await verifyChain({ images: false })).ok).toBe(true);
  });

  it('resumes after captures removed by retention when the chain base records the last one', async () => {
    const saved = await captureFive();
    await db.captures.bulkDelete([saved[0]!.id, saved[1]!.id]);
    expect((await verifyChain({ images: false })).firstBroken).toMatchObject({ seq: 1, reason: 'missing-record' });
    await db.meta.put({ key: CHAIN_BASE_KEY, value: { seq: 2, hash: saved[1]!.hash } });
    expect(await verifyChain({ images: false })).toEqual({ ok: true, intact: 3, firstBroken: null });
  });
});

describe('capture hash chain in the agent’s language', () => {
  afterEach(() => setLanguage('en'));

  it('says in German which capture was changed', async () => {
    const saved = await captureFive();
    await db.captures.update(saved[2]!.id, { note: 'forged' });
    setLanguage('de');
    expect((await verifyChain()).firstBroken?.message).toBe('Sicherung #3 wurde nach dem Speichern geändert: Ihr Inhalt stimmt nicht mehr mit ihrem Hash überein.');
  });
});
