import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyChain } from '../../../../storage/chain/capture-chain';
import { CHAIN_HEAD_KEY } from '../../../../storage/chain/chain-link';
import { latestCaptureOf, saveCapture } from '../../../../storage/capture/capture-store';
import { SellerGuardError } from '../../../../utils/errors';
import { db } from '../../../../storage/db';
import { orderDraft, pngBlob } from '../capture-draft';

beforeEach(async () => {
  db.close();
  await Dexie.delete(db.name);
  await db.open();
});
afterEach(() => vi.restoreAllMocks());

const counts = async () => ({
  captures: await db.captures.count(),
  images: await db.captureImages.count(),
  audit: await db.audit.count(),
  head: (await db.meta.get(CHAIN_HEAD_KEY))?.value ?? null,
});

describe('saveCapture', () => {
  it('stores the record, its screenshots, the chain head, an audit entry and search tokens together', async () => {
    const saved = await saveCapture(orderDraft(), [
      { png: pngBlob(1), width: 1280, height: 800 },
      { png: pngBlob(2), width: 1280, height: 300 },
    ]);
    expect(await db.captures.get(saved.id)).toEqual(saved);
    const images = await db.captureImages.where('captureId').equals(saved.id).sortBy('index');
    expect(images.map((i) => [i.id, i.width, i.height])).toEqual([
      [`${saved.id}#0`, 1280, 800],
      [`${saved.id}#1`, 1280, 300],
    ]);
    expect(saved.images.map((i) => i.sha256)).toHaveLength(2);
    expect(saved.images[0]!.sha256).not.toBe(saved.images[1]!.sha256);
    expect((await db.meta.get(CHAIN_HEAD_KEY))?.value).toEqual({ seq: 1, hash: saved.hash, id: saved.id });
    const [audit] = await db.audit.toArray();
    expect(audit).toMatchObject({ kind: 'capture', agent: 'Dana', orderId: '112-3456789-0123456', at: saved.capturedAt });
    expect(audit!.details).toMatchObject({ captureId: saved.id, seq: 1, hash: saved.hash });
    expect(saved.tokens).toEqual(expect.arrayContaining(['112-3456789-0123456', 'b0cx23v2zk', 'mug', 'a-to-z', 'received']));
  });

  it('finds the stored capture through its indexes (order+kind, tokens)', async () => {
    const saved = await saveCapture(orderDraft());
    expect((await db.captures.where('tokens').equals('mug').first())?.id).toBe(saved.id);
    expect((await latestCaptureOf(saved))?.id).toBe(saved.id);
  });

  it('reports a full disk clearly and keeps everything stored before', async () => {
    const first = await saveCapture(orderDraft(), [{ png: pngBlob(1), width: 2, height: 2 }]);
    const before = await counts();
    vi.spyOn(db.captureImages, 'bulkAdd').mockRejectedValueOnce(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const failed = saveCapture(orderDraft({ note: 'second' }), [{ png: pngBlob(2), width: 2, height: 2 }]);
    await expect(failed).rejects.toBeInstanceOf(SellerGuardError);
    await expect(failed).rejects.toMatchObject({ code: 'quota' });
    await expect(failed).rejects.toThrow(/disk is full/);
    expect(await counts()).toEqual(before);
    expect(await db.captures.get(first.id)).toEqual(first);
    expect((await verifyChain()).ok).toBe(true);
  });

  it.each([
    ['while writing the screenshots', () => vi.spyOn(db.captureImages, 'bulkAdd')],
    ['while moving the chain head', () => vi.spyOn(db.meta, 'put')],
    ['while writing the audit entry', () => vi.spyOn(db.audit, 'add')],
  ])('leaves the whole capture or none when stopped %s', async (_when, spy) => {
    await saveCapture(orderDraft());
    const before = await counts();
    spy().mockRejectedValueOnce(new DOMException('The worker stopped', 'AbortError'));
    await expect(saveCapture(orderDraft({ note: 'lost' }), [{ png: pngBlob(3), width: 2, height: 2 }])).rejects.toThrow('worker stopped');
    expect(await counts()).toEqual(before);
    const next = await saveCapture(orderDraft({ note: 'next' }));
    expect(next.seq).toBe(2);
    expect((await verifyChain()).ok).toBe(true);
  });

  it('chains captures saved at the same moment one after the other', async () => {
    const saved = await Promise.all([1, 2, 3, 4].map((n) => saveCapture(orderDraft({ note: `n${n}` }))));
    expect(saved.map((c) => c.seq).sort()).toEqual([1, 2, 3, 4]);
    expect(await verifyChain()).toMatchObject({ ok: true, intact: 4 });
  });

  it('refuses an invalid capture without storing anything', async () => {
    await expect(saveCapture(orderDraft({ url: 'not a url' }))).rejects.toThrow();
    expect(await counts()).toEqual({ captures: 0, images: 0, audit: 0, head: null });
  });
});

describe('latestCaptureOf', () => {
  it.each([
    ['the same order and kind', { kind: 'order-details', orderId: '112-3456789-0123456', url: 'x' }, 'second'],
    ['another order', { kind: 'order-details', orderId: '113-0000000-0000000', url: 'x' }, null],
    ['another kind of the same order', { kind: 'contact-buyer', orderId: '112-3456789-0123456', url: 'x' }, null],
    ['a thread without an order, by URL', { kind: 'message-thread', orderId: null, url: 'https://sellercentral.amazon.com/messaging/inbox?cc=abc' }, 'thread'],
  ] as const)('finds the newest capture of %s', async (_name, page, note) => {
    await saveCapture(orderDraft({ note: 'first' }));
    await saveCapture(orderDraft({ note: 'second' }));
    await saveCapture(
      orderDraft({ note: 'thread', kind: 'message-thread', orderId: null, url: 'https://sellercentral.amazon.com/messaging/inbox?cc=abc', data: { missing: [] } }),
    );
    expect((await latestCaptureOf(page))?.note ?? null).toBe(note);
  });
});
