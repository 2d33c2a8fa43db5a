import type { Page, Worker } from 'playwright-core';
import type { CaptureRecord } from '../../storage/capture/capture-schema';

/**
 * Reads Seller Guard's IndexedDB from an extension page (same origin as the service worker),
 * the way an investigator would, without going through the extension's own code.
 */

/** Anything that runs code in the extension's origin: an extension page or the service worker. */
export type ExtensionContext = Pick<Worker, 'evaluate'>;

/** Every row of one of Seller Guard's object stores (none when the store does not exist yet). */
export function readStore<T>(target: ExtensionContext, store: string): Promise<T[]> {
  return target.evaluate(
    (store) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('seller-guard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) return void (db.close(), resolve([]));
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Every stored capture, oldest first. */
export async function storedCaptures(inspector: ExtensionContext): Promise<CaptureRecord[]> {
  return (await readStore<CaptureRecord>(inspector, 'captures')).sort((a, b) => a.seq - b.seq);
}

/** Change one stored capture behind the extension's back (as a tamperer with disk access would). */
export function tamperWithCapture(inspector: Page, id: string, change: Partial<CaptureRecord>): Promise<void> {
  return inspector.evaluate(
    ({ id, change }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('seller-guard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('captures', 'readwrite').objectStore('captures');
          const get = store.get(id);
          get.onsuccess = () => {
            const put = store.put({ ...get.result, ...change });
            put.onsuccess = () => (db.close(), resolve());
            put.onerror = () => reject(put.error);
          };
        };
      }),
    { id, change },
  );
}

export interface ImageReport {
  /** From the PNG's IHDR chunk. */
  ihdr: { width: number; height: number };
  /** From decoding the PNG (createImageBitmap). */
  decoded: { width: number; height: number };
  sha256: string;
  /** Bands of rows whose pixel at `column` has the colour asked for: [first row, last row]. */
  bands: [number, number][];
  /** RGB at each probe point. */
  probes: [number, number, number][];
  /** For each region asked for, how many of its pixels have one of the `find` colours. */
  found: number[];
}

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Decode one stored screenshot and look at its pixels. */
export function inspectImage(
  inspector: Page,
  imageId: string,
  options: {
    column: number;
    colour: [number, number, number];
    probes?: [number, number][];
    regions?: Region[];
    find?: [number, number, number][];
  },
): Promise<ImageReport> {
  return inspector.evaluate(
    async ({ imageId, options }) => {
      const png = await new Promise<Blob>((resolve, reject) => {
        const open = indexedDB.open('seller-guard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('captureImages').objectStore('captureImages').get(imageId);
          request.onsuccess = () => (db.close(), resolve((request.result as { png: Blob }).png));
          request.onerror = () => reject(request.error);
        };
      });
      const bytes = new Uint8Array(await png.arrayBuffer());
      const view = new DataView(bytes.buffer);
      const ihdr = { width: view.getUint32(16), height: view.getUint32(20) };
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      const sha256 = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
      const bitmap = await createImageBitmap(png);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const column = context.getImageData(options.column, 0, 1, bitmap.height).data;
      const [r, g, b] = options.colour;
      const bands: [number, number][] = [];
      for (let row = 0; row < bitmap.height; row++) {
        const i = row * 4;
        const match = Math.abs(column[i]! - r) < 10 && Math.abs(column[i + 1]! - g) < 10 && Math.abs(column[i + 2]! - b) < 10;
        const last = bands[bands.length - 1];
        if (match && last && last[1] === row - 1) last[1] = row;
        else if (match) bands.push([row, row]);
      }
      const probes = (options.probes ?? []).map(([x, y]) => {
        const [pr, pg, pb] = context.getImageData(x, y, 1, 1).data;
        return [pr!, pg!, pb!] as [number, number, number];
      });
      const found = (options.regions ?? []).map(({ x, y, width, height }) => {
        const top = Math.max(0, y);
        const rows = Math.min(bitmap.height, y + height) - top;
        if (rows <= 0) return 0;
        const data = context.getImageData(x, top, width, rows).data;
        let count = 0;
        for (let i = 0; i < data.length; i += 4) {
          const pixel = [data[i]!, data[i + 1]!, data[i + 2]!];
          if ((options.find ?? []).some((c) => Math.abs(c[0] - pixel[0]!) + Math.abs(c[1] - pixel[1]!) + Math.abs(c[2] - pixel[2]!) < 30)) count++;
        }
        return count;
      });
      return { ihdr, decoded: { width: bitmap.width, height: bitmap.height }, sha256, bands, probes, found };
    },
    { imageId, options },
  );
}
