import { THUMB_WIDTH, type CaptureThumb } from './capture-thumb-schema';
import { db } from '../db';
import { serialQueue } from '../../utils/serial-queue';

/**
 * A small preview of a capture's first screenshot. Made once from the full PNG (decoded at
 * thumbnail size) and kept in `captureThumbs`, so the result list never loads full images
 * again. Returns null for a capture without a screenshot or a browser that cannot decode it.
 */
export async function thumbnailOf(captureId: string, imageId: string): Promise<CaptureThumb | null> {
  const cached = await db.captureThumbs.get(captureId);
  if (cached) return cached;
  // Decoding a full screenshot is the costly part: one at a time, so a page of new results
  // does not compete with the agent's next search.
  return oneAtATime(() => makeThumbnail(captureId, imageId));
}

const oneAtATime = serialQueue();

async function makeThumbnail(captureId: string, imageId: string): Promise<CaptureThumb | null> {
  const png = (await db.captureImages.get(imageId))?.png;
  if (!png || typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return null;
  try {
    const bitmap = await createImageBitmap(png, { resizeWidth: THUMB_WIDTH, resizeQuality: 'medium' });
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    bitmap.close();
    const image = await canvas.convertToBlob({ type: 'image/webp', quality: 0.75 });
    const thumb: CaptureThumb = { id: captureId, width: canvas.width, height: canvas.height, image };
    // Cache it, then take it back if retention removed the capture meanwhile (retention deletes
    // a capture's thumbnail with it). No write lock on `captures`: searches keep reading.
    await db.captureThumbs.put(thumb);
    if (!(await db.captures.get(captureId))) await db.captureThumbs.delete(captureId);
    return thumb;
  } catch {
    return null;
  }
}
