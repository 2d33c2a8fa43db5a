import { describe, expect, it } from 'vitest';
import { MASK_COLOUR, PageStitcher, type StitchCanvas } from '../../../../entrypoints/background/capture/stitcher';
import { maskFills, tileDraws } from '../../../../entrypoints/background/capture/tile-plan';

/** A canvas that records what is painted on it, row by row (one "pixel" per row is enough). */
function recordingCanvas(canvases: { rows: string[] }[]) {
  return (_width: number, height: number): StitchCanvas => {
    const record = { rows: new Array<string>(height).fill('') };
    canvases.push(record);
    const context = {
      fillStyle: '' as string | CanvasGradient | CanvasPattern,
      drawImage(image: CanvasImageSource, _sx: number, sy: number, _sw: number, sh: number, _dx: number, dy: number) {
        const source = image as unknown as { rows: string[] };
        for (let i = 0; i < sh; i++) record.rows[dy + i] = source.rows[sy + i]!;
      },
      fillRect(_x: number, y: number, _w: number, h: number) {
        for (let i = 0; i < h; i++) record.rows[y + i] = String(this.fillStyle);
      },
    };
    return { getContext: () => context, convertToBlob: async () => new Blob([record.rows.join('\n')]) };
  };
}

/** A fake bitmap whose rows say which page row they show. */
const tile = (y: number, height: number) => ({
  height,
  rows: Array.from({ length: height }, (_, r) => `page-${y + r}`),
}) as unknown as CanvasImageSource & { height: number };

describe('masking personal data in screenshots', () => {
  it('paints over the address and phone rectangles of the visible area, and nothing else', async () => {
    const canvases: { rows: string[] }[] = [];
    const stitcher = new PageStitcher(10, 100, 1, { createCanvas: recordingCanvas(canvases) });
    const draws = [{ srcY: 0, destY: 0, height: 100 }];
    const address = { x: 0, y: 20, width: 10, height: 15 };
    const phone = { x: 0, y: 50, width: 10, height: 5 };
    stitcher.draw(tile(0, 100), draws, maskFills([address, phone], draws));
    await stitcher.finish();
    const rows = canvases[0]!.rows;
    const masked = rows.flatMap((row, index) => (row === MASK_COLOUR ? [index] : []));
    expect(masked).toEqual([...range(20, 35), ...range(50, 55)]);
    expect(rows[19]).toBe('page-19');
    expect(rows[35]).toBe('page-35');
  });

  it('places a full-page tile’s rectangle at the page position it was seen at', () => {
    const geometry = { viewportHeight: 800, area: { top: 0, height: 800, scrollHeight: 3000 } };
    const draws = tileDraws(geometry, { y: 1600, first: false, last: false }, 1600);
    // the address block is 300 px below the top of the viewport when scrolled to 1600
    expect(maskFills([{ x: 40, y: 300, width: 200, height: 120 }], draws)).toEqual([{ x: 40, y: 1900, width: 200, height: 120 }]);
  });

  it('clips a rectangle to the rows a tile contributes (no paint over rows taken from another tile)', () => {
    const draws = [{ srcY: 400, destY: 1600, height: 400 }];
    expect(maskFills([{ x: 0, y: 350, width: 100, height: 100 }], draws)).toEqual([{ x: 0, y: 1600, width: 100, height: 50 }]);
    expect(maskFills([{ x: 0, y: 100, width: 100, height: 100 }], draws)).toEqual([]);
  });

  it('masks across the boundary of two images of a page taller than the canvas limit', async () => {
    const canvases: { rows: string[] }[] = [];
    const stitcher = new PageStitcher(10, 300, 1, { maxImageHeightPx: 200, createCanvas: recordingCanvas(canvases) });
    const draws = [
      { srcY: 0, destY: 0, height: 150 },
      { srcY: 0, destY: 150, height: 150 },
    ];
    stitcher.draw(tile(0, 150), [draws[0]!]);
    stitcher.draw(tile(150, 150), [draws[1]!], [{ x: 0, y: 190, width: 10, height: 20 }]);
    const images = await stitcher.finish();
    expect(images.map((i) => i.height)).toEqual([200, 100]);
    expect(canvases[0]!.rows.slice(188, 200)).toEqual(['page-188', 'page-189', ...new Array(10).fill(MASK_COLOUR)]);
    expect(canvases[1]!.rows.slice(0, 12)).toEqual([...new Array(10).fill(MASK_COLOUR), 'page-210', 'page-211']);
    expect(canvases[1]!.rows[99]).toBe('page-299');
  });

  it('scales CSS pixels to the device pixels of the screenshot', async () => {
    const canvases: { rows: string[] }[] = [];
    const stitcher = new PageStitcher(20, 50, 2, { createCanvas: recordingCanvas(canvases) });
    stitcher.draw(tile(0, 100), [{ srcY: 0, destY: 0, height: 50 }], [{ x: 0, y: 10, width: 10, height: 5 }]);
    const [image] = await stitcher.finish();
    expect(image).toMatchObject({ width: 20, height: 100 });
    expect(canvases[0]!.rows.flatMap((row, i) => (row === MASK_COLOUR ? [i] : []))).toEqual(range(20, 30));
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
