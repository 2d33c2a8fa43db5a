import type { PageGeometry, Rect } from '../../../utils/capture-protocol';

/**
 * The arithmetic of a full-page screenshot, free of browser APIs so it can be unit-tested.
 * Coordinates are CSS pixels unless named `…Px` (device pixels of the captured bitmaps).
 *
 * The page's scroll area (the document, or Seller Central's inner container) is scrolled
 * one area-height at a time. The output shows what is above the area once (from the first
 * tile), the area's whole scroll height, and what is below it once (from the last tile).
 */

/** Chrome refuses canvases taller than this; taller pages are split into several images. */
export const MAX_IMAGE_HEIGHT_PX = 16_384;

type ScrollArea = PageGeometry['area'];

/** One copy from a tile's bitmap to the output: rows `srcY…srcY+height` → `destY…`. */
export interface TileDraw {
  srcY: number;
  destY: number;
  height: number;
}

/** Height of the stitched page in CSS pixels. */
export function outputHeight(geometry: Pick<PageGeometry, 'viewportHeight' | 'area'>): number {
  const { viewportHeight, area } = geometry;
  return area.top + area.scrollHeight + Math.max(0, viewportHeight - area.top - area.height);
}

/** Scroll positions of the tiles: one area-height apart, the last one flush with the bottom. */
export function scrollPositions(area: ScrollArea): number[] {
  const last = Math.max(0, area.scrollHeight - area.height);
  const positions: number[] = [];
  for (let y = 0; y < last; y += area.height) positions.push(y);
  positions.push(last);
  return positions;
}

/**
 * The rows of one tile to copy, given where the area really scrolled to (`y`) and how far
 * down the page the output is already drawn (`drawnUntil`, in area coordinates). Rows drawn
 * already are skipped, so the clamped last tile adds only what is new.
 */
export function tileDraws(
  geometry: Pick<PageGeometry, 'viewportHeight' | 'area'>,
  tile: { y: number; first: boolean; last: boolean },
  drawnUntil: number,
): TileDraw[] {
  const { area, viewportHeight } = geometry;
  const draws: TileDraw[] = [];
  if (tile.first && area.top > 0) draws.push({ srcY: 0, destY: 0, height: area.top });
  const start = Math.max(tile.y, drawnUntil);
  const end = Math.min(tile.y + area.height, area.scrollHeight);
  if (end > start) draws.push({ srcY: area.top + (start - tile.y), destY: area.top + start, height: end - start });
  const below = viewportHeight - (area.top + area.height);
  if (tile.last && below > 0) {
    draws.push({ srcY: area.top + area.height, destY: area.top + area.scrollHeight, height: below });
  }
  return draws;
}

/** Where a tile's personal-data rectangles land in the output: clipped to the rows drawn. */
export function maskFills(rects: readonly Rect[], draws: readonly TileDraw[]): Rect[] {
  const fills: Rect[] = [];
  for (const draw of draws) {
    for (const rect of rects) {
      const top = Math.max(rect.y, draw.srcY);
      const bottom = Math.min(rect.y + rect.height, draw.srcY + draw.height);
      if (bottom <= top || rect.width <= 0) continue;
      fills.push({ x: rect.x, y: top + (draw.destY - draw.srcY), width: rect.width, height: bottom - top });
    }
  }
  return fills;
}

/** One output image: rows `top…top+height` of the stitched page, in device pixels. */
export interface ImageSlice {
  index: number;
  top: number;
  height: number;
}

/** Split a page `totalPx` tall into images no taller than `maxPx`. */
export function imageSlices(totalPx: number, maxPx: number = MAX_IMAGE_HEIGHT_PX): ImageSlice[] {
  const slices: ImageSlice[] = [];
  for (let top = 0, index = 0; top < totalPx; top += maxPx, index++) {
    slices.push({ index, top, height: Math.min(maxPx, totalPx - top) });
  }
  return slices;
}

/** The part of output rows `y…y+height` (device pixels) that falls in each image. */
export function rowsInSlices(slices: readonly ImageSlice[], y: number, height: number) {
  return slices
    .map((slice) => {
      const top = Math.max(y, slice.top);
      const bottom = Math.min(y + height, slice.top + slice.height);
      return { slice, offset: top - y, yInImage: top - slice.top, height: bottom - top };
    })
    .filter((part) => part.height > 0);
}
