import { useEffect, useState } from 'preact/hooks';
import type { CaptureDetail } from '../../../storage/capture/capture-detail';
import { db } from '../../../storage/db';

type DetailState =
  | { status: 'closed' }
  | { status: 'loading' }
  | { status: 'gone' }
  | { status: 'ready'; detail: CaptureDetail; images: { url: string; width: number; height: number }[] };

/**
 * The open capture with its full-size screenshots (object URLs, released when it closes). Its
 * check against the chain (and the zod schemas that come with it) loads when one is opened,
 * not before the popup's first results.
 */
export function useCaptureDetail(id: string | null): DetailState {
  const [state, setState] = useState<DetailState>({ status: 'closed' });
  useEffect(() => {
    if (!id) return setState({ status: 'closed' });
    let current = true;
    const urls: string[] = [];
    setState({ status: 'loading' });
    void (async () => {
      const { loadCaptureDetail } = await import('../../../storage/capture/capture-detail');
      const detail = await loadCaptureDetail(id);
      if (!detail) return current && setState({ status: 'gone' });
      const images = [];
      for (const meta of detail.record.images) {
        const png = (await db.captureImages.get(meta.id))?.png;
        if (!png) continue;
        const url = URL.createObjectURL(png);
        urls.push(url);
        images.push({ url, width: meta.width, height: meta.height });
      }
      if (current) setState({ status: 'ready', detail, images });
    })();
    return () => {
      current = false;
      urls.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [id]);
  return state;
}
