import type { Rect } from '../../../utils/capture-protocol';
import { t } from '../../../locales/current';
import { imageSlices, MAX_IMAGE_HEIGHT_PX, rowsInSlices, type ImageSlice, type TileDraw } from './tile-plan';

/** The few canvas calls the stitcher makes (OffscreenCanvas in the service worker; a fake in tests). */
export interface StitchCanvas {
  getContext(kind: '2d'): {
    drawImage(image: CanvasImageSource, sx: number, sy: number, sw: number, sh: number, dx: number, dy: number, dw: number, dh: number): void;
    fillRect(x: number, y: number, w: number, h: number): void;
    fillStyle: string | CanvasGradient | CanvasPattern;
  } | null;
  convertToBlob(options: { type: string }): Promise<Blob>;
}
type CanvasFactory = (width: number, height: number) => StitchCanvas;

export interface StitchedImage {
  png: Blob;
  width: number;
  height: number;
}

/** Colour painted over the shipping address and buyer phone. */
export const MASK_COLOUR = '#5f6368';

const offscreen: CanvasFactory = (width, height) => new OffscreenCanvas(width, height) as unknown as StitchCanvas;

/**
 * Paints tiles into one or more output images (several when the page is taller than the
 * canvas limit), then encodes them as PNG. Positions come in CSS pixels and are scaled to
 * the bitmaps' device pixels; both edges of a copy are rounded the same way, so adjacent
 * copies meet without a gap or an overlap.
 */
export class PageStitcher {
  readonly slices: ImageSlice[];
  private readonly canvases = new Map<number, StitchCanvas>();

  constructor(
    private readonly widthPx: number,
    heightCss: number,
    private readonly scale: number,
    private readonly options: { maxImageHeightPx?: number; createCanvas?: CanvasFactory } = {},
  ) {
    this.slices = imageSlices(this.px(heightCss), options.maxImageHeightPx ?? MAX_IMAGE_HEIGHT_PX);
  }

  private px(css: number): number {
    return Math.round(css * this.scale);
  }

  private context(slice: ImageSlice) {
    let canvas = this.canvases.get(slice.index);
    if (!canvas) {
      canvas = (this.options.createCanvas ?? offscreen)(this.widthPx, slice.height);
      this.canvases.set(slice.index, canvas);
    }
    const context = canvas.getContext('2d');
    if (!context) throw new Error(t('problem.screenshot.noCanvas'));
    return context;
  }

  /** Copy a tile's rows into the output and paint over its personal-data rectangles (output coordinates). */
  draw(bitmap: CanvasImageSource & { height: number }, draws: readonly TileDraw[], masks: readonly Rect[] = []): void {
    for (const draw of draws) {
      const destPx = this.px(draw.destY);
      const srcPx = this.px(draw.srcY);
      const heightPx = Math.min(this.px(draw.destY + draw.height) - destPx, bitmap.height - srcPx);
      for (const part of rowsInSlices(this.slices, destPx, heightPx)) {
        const context = this.context(part.slice);
        const sy = srcPx + part.offset;
        context.drawImage(bitmap, 0, sy, this.widthPx, part.height, 0, part.yInImage, this.widthPx, part.height);
      }
    }
    for (const mask of masks) {
      const top = this.px(mask.y);
      const x = this.px(mask.x);
      for (const part of rowsInSlices(this.slices, top, this.px(mask.y + mask.height) - top)) {
        const context = this.context(part.slice);
        context.fillStyle = MASK_COLOUR;
        context.fillRect(x, part.yInImage, this.px(mask.x + mask.width) - x, part.height);
      }
    }
  }

  /** Encode every image as PNG, top to bottom. */
  async finish(): Promise<StitchedImage[]> {
    const images: StitchedImage[] = [];
    for (const slice of this.slices) {
      const canvas = this.canvases.get(slice.index) ?? (this.context(slice), this.canvases.get(slice.index)!);
      images.push({ png: await canvas.convertToBlob({ type: 'image/png' }), width: this.widthPx, height: slice.height });
      this.canvases.delete(slice.index); // release each canvas as soon as it is encoded
    }
    return images;
  }
}
