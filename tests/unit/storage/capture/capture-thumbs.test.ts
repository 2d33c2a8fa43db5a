import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveCapture } from '../../../../storage/capture/capture-store';
import { thumbnailOf } from '../../../../storage/capture/capture-thumbs';
import { db } from '../../../../storage/db';
import { orderDraft, pngBlob } from '../capture-draft';

/** happy-dom decodes no images: a bitmap and canvas that answer like Chromium's, and a hook between decode and store. */
function fakeImageDecoding(whileDecoding: () => Promise<void> = async () => {}) {
  vi.stubGlobal('createImageBitmap', async (_: Blob, options: { resizeWidth: number }) => {
    await whileDecoding();
    return { width: options.resizeWidth, height: 70, close() {} };
  });
  vi.stubGlobal('OffscreenCanvas', class {
    constructor(readonly width: number, readonly height: number) {}
    getContext() {
      return { drawImage() {} };
    }
    async convertToBlob() {
      return new Blob(['webp'], { type: 'image/webp' });
    }
  });
}

beforeEach(async () => {
  db.close();
  await Dexie.delete(db.name);
  await db.open();
});
afterEach(() => vi.unstubAllGlobals());

describe('thumbnailOf', () => {
  it('makes a capture’s thumbnail once and keeps it', async () => {
    fakeImageDecoding();
    const saved = await saveCapture(orderDraft(), [{ png: pngBlob(1), width: 1280, height: 800 }]);
    const thumb = await thumbnailOf(saved.id, `${saved.id}#0`);
    expect(thumb).toMatchObject({ id: saved.id, width: 112, height: 70 });
    expect(await db.captureThumbs.get(saved.id)).toMatchObject({ id: saved.id, width: 112 });
  });

  it('keeps no thumbnail of a capture that retention removed while it was being made', async () => {
    const removed = { id: '' };
    fakeImageDecoding(async () => {
      await db.transaction('rw', [db.captures, db.captureImages, db.captureThumbs], async () => {
        await db.captures.delete(removed.id);
        await db.captureThumbs.delete(removed.id);
      });
    });
    const saved = await saveCapture(orderDraft(), [{ png: pngBlob(1), width: 1280, height: 800 }]);
    removed.id = saved.id;
    await thumbnailOf(saved.id, `${saved.id}#0`);
    expect(await db.captureThumbs.count()).toBe(0);
  });

  it('answers null for a capture without a screenshot', async () => {
    fakeImageDecoding();
    const saved = await saveCapture(orderDraft(), []);
    expect(await thumbnailOf(saved.id, `${saved.id}#0`)).toBeNull();
  });
});
