import { describe, expect, it } from 'vitest';
import {
  imageSlices,
  outputHeight,
  scrollPositions,
  tileDraws,
  type TileDraw,
} from '../../../../entrypoints/background/capture/tile-plan';

const documentPage = (scrollHeight: number, viewportHeight = 800) => ({
  viewportHeight,
  area: { top: 0, height: viewportHeight, scrollHeight },
});
// Seller Central style: a 100 px bar above an inner container 650 px high, a 50 px footer below.
const innerPage = (scrollHeight: number) => ({ viewportHeight: 800, area: { top: 100, height: 650, scrollHeight } });

/** Run the plan as the capture flow does, returning every copy made. */
function plan(geometry: ReturnType<typeof documentPage>) {
  const positions = scrollPositions(geometry.area);
  let drawnUntil = 0;
  return positions.flatMap((y, index) => {
    const draws = tileDraws(geometry, { y, first: index === 0, last: index === positions.length - 1 }, drawnUntil);
    drawnUntil = Math.max(drawnUntil, Math.min(y + geometry.area.height, geometry.area.scrollHeight));
    return draws;
  });
}

/** Every output row is drawn exactly once. */
function coverage(draws: TileDraw[], height: number): number[] {
  const rows = new Array<number>(height).fill(0);
  for (const d of draws) for (let r = d.destY; r < d.destY + d.height; r++) rows[r]! += 1;
  return [...new Set(rows)];
}

describe('full-page tile plan', () => {
  it.each([
    ['a page shorter than the viewport', 500, [0]],
    ['exactly one viewport', 800, [0]],
    ['ten viewports', 8000, [0, 800, 1600, 2400, 3200, 4000, 4800, 5600, 6400, 7200]],
    ['a partial last viewport (clamped flush with the bottom)', 2000, [0, 800, 1200]],
  ])('scroll positions for %s', (_name, scrollHeight, expected) => {
    expect(scrollPositions(documentPage(scrollHeight).area)).toEqual(expected);
  });

  it.each([
    ['document, 10 viewports', documentPage(8000), 8000],
    ['document, partial last tile', documentPage(2000), 2000],
    ['inner container', innerPage(5000), 100 + 5000 + 50],
    ['inner container, partial last tile', innerPage(1000), 100 + 1000 + 50],
  ])('draws every row of %s exactly once', (_name, geometry, height) => {
    expect(outputHeight(geometry)).toBe(height);
    const draws = plan(geometry);
    expect(coverage(draws, height)).toEqual([1]);
    expect(Math.max(...draws.map((d) => d.destY + d.height))).toBe(height);
  });

  it('copies only the new rows from a clamped last tile', () => {
    const geometry = documentPage(2000);
    expect(tileDraws(geometry, { y: 1200, first: false, last: true }, 1600)).toEqual([{ srcY: 400, destY: 1600, height: 400 }]);
  });

  it('takes the bar above an inner container from the first tile and the footer below it from the last', () => {
    const geometry = innerPage(1300);
    expect(tileDraws(geometry, { y: 0, first: true, last: false }, 0)).toEqual([
      { srcY: 0, destY: 0, height: 100 },
      { srcY: 100, destY: 100, height: 650 },
    ]);
    expect(tileDraws(geometry, { y: 650, first: false, last: true }, 650)).toEqual([
      { srcY: 100, destY: 750, height: 650 },
      { srcY: 750, destY: 1400, height: 50 },
    ]);
  });

  it('follows where the page really scrolled when it clamps the position', () => {
    // asked for 1600, the page stopped at 1500: rows 1500-1600 were drawn already
    expect(tileDraws(documentPage(2300), { y: 1500, first: false, last: true }, 1600)).toEqual([
      { srcY: 100, destY: 1600, height: 700 },
    ]);
  });
});

describe('splitting tall pages into several images', () => {
  it.each([
    [8000, 16384, [[0, 8000]]],
    [16384, 16384, [[0, 16384]]],
    [20000, 16384, [[0, 16384], [16384, 3616]]],
    [2500, 1000, [[0, 1000], [1000, 1000], [2000, 500]]],
  ])('%i px with a %i px limit', (total, max, expected) => {
    expect(imageSlices(total, max).map((s) => [s.top, s.height])).toEqual(expected);
  });
});
