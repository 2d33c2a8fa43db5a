import { browser } from 'wxt/browser';
import { pageGeometrySchema, tileStateSchema } from '../../../utils/capture-protocol';
import { SellerGuardError } from '../../../utils/errors';
import { pacedCapture } from './pace';
import { askPage } from './page-link';
import { dataUrlToBlob, pngSize } from './png';
import { PageStitcher, type StitchedImage } from './stitcher';
import { maskFills, MAX_IMAGE_HEIGHT_PX, outputHeight, scrollPositions, tileDraws } from './tile-plan';
import { t } from '../../../locales/current';

// One queue for every screenshot of the extension: Chrome's limit is per extension.
const captureVisibleTab = pacedCapture((windowId: number) => browser.tabs.captureVisibleTab(windowId, { format: 'png' }));

interface ScreenshotOptions {
  tabId: number;
  windowId: number;
  mask: boolean;
  onProgress?: (done: number, total: number) => Promise<void>;
  /** Lowered by tests to exercise the split into several images. */
  maxImageHeightPx?: number;
}

async function assertStillInFront(tabId: number): Promise<void> {
  const tab = await browser.tabs.get(tabId);
  if (!tab.active) throw new SellerGuardError('unavailable', t('error.tabSwitched'));
}

/** The visible area of the tab, with the personal-data blocks painted over. */
export async function visibleScreenshot(options: ScreenshotOptions): Promise<StitchedImage[]> {
  const { tabId, windowId, mask } = options;
  const geometry = pageGeometrySchema.parse(await askPage(tabId, 'prepareCapture', { fullPage: false, mask }));
  let dataUrl: string;
  try {
    await assertStillInFront(tabId);
    dataUrl = await captureVisibleTab(null, windowId);
  } finally {
    await askPage(tabId, 'restorePage', {}).catch(() => undefined);
  }
  const png = dataUrlToBlob(dataUrl);
  if (geometry.maskRects.length === 0) {
    const size = pngSize(new Uint8Array(await png.slice(0, 32).arrayBuffer()));
    if (!size) throw new Error(t('problem.screenshot.notPng'));
    return [{ png, ...size }];
  }
  const bitmap = await createImageBitmap(png);
  try {
    const scale = bitmap.width / geometry.viewportWidth;
    const height = bitmap.height / scale;
    const stitcher = new PageStitcher(bitmap.width, height, scale);
    const draws = [{ srcY: 0, destY: 0, height }];
    stitcher.draw(bitmap, draws, maskFills(geometry.maskRects, draws));
    return await stitcher.finish();
  } finally {
    bitmap.close();
  }
}

/**
 * The whole page: scroll the page (or its inner scroll container) one view at a time,
 * screenshot each view at Chrome's allowed pace, and stitch the views in the service worker.
 * The page hides its fixed and sticky parts after the first view and is restored at the end.
 */
export async function fullPageScreenshot(options: ScreenshotOptions): Promise<StitchedImage[]> {
  const { tabId, windowId, mask, onProgress } = options;
  const geometry = pageGeometrySchema.parse(await askPage(tabId, 'prepareCapture', { fullPage: true, mask }));
  const positions = scrollPositions(geometry.area);
  let stitcher: PageStitcher | null = null;
  let drawnUntil = 0;
  try {
    for (const [index, y] of positions.entries()) {
      const state = tileStateSchema.parse(await askPage(tabId, 'scrollTile', { index, y, mask }));
      await assertStillInFront(tabId);
      // Seller Guard's progress shows while the page waits for its turn; it hides for the shot.
      const hideUi = () => askPage(tabId, 'hideForShot', {});
      const bitmap = await createImageBitmap(dataUrlToBlob(await captureVisibleTab(hideUi, windowId)));
      stitcher ??= new PageStitcher(bitmap.width, outputHeight(geometry), bitmap.width / geometry.viewportWidth, {
        maxImageHeightPx: options.maxImageHeightPx ?? MAX_IMAGE_HEIGHT_PX,
      });
      const tile = { y: state.y, first: index === 0, last: index === positions.length - 1 };
      const draws = tileDraws(geometry, tile, drawnUntil);
      stitcher.draw(bitmap, draws, maskFills(state.maskRects, draws));
      bitmap.close();
      drawnUntil = Math.max(drawnUntil, Math.min(state.y + geometry.area.height, geometry.area.scrollHeight));
      await onProgress?.(index + 1, positions.length);
    }
  } finally {
    await askPage(tabId, 'restorePage', {}).catch(() => undefined);
  }
  return stitcher ? stitcher.finish() : [];
}
