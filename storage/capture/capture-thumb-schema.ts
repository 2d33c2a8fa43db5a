/** A small preview of a capture's first screenshot (popup result list); made on first display. */
export interface CaptureThumb {
  /** The capture id. */
  id: string;
  width: number;
  height: number;
  /** WebP or PNG, at most THUMB_WIDTH pixels wide. */
  image: Blob;
}

export const THUMB_WIDTH = 112;
