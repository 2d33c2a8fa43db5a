import { t } from '../../../locales/current';
import { useEffect, useRef, useState } from 'preact/hooks';

export type ThumbLoader = (captureId: string, imageId: string) => Promise<string | null>;

/**
 * A result's screenshot preview, loaded only once the row scrolls into view. `load` returns
 * an object URL of a small thumbnail (or null); the URL is released with the row.
 */
export function ArchiveThumb({ captureId, imageId, load, label }: { captureId: string; imageId: string | null; load: ThumbLoader | null; label: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || !load || !imageId) return;
    let current = true;
    let made: string | null = null;
    const observer = new IntersectionObserver((seen) => {
      if (!seen.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      void load(captureId, imageId).then((value) => {
        made = value;
        if (current) setUrl(value);
        else if (value) URL.revokeObjectURL(value);
      });
    });
    observer.observe(element);
    return () => {
      current = false;
      observer.disconnect();
      if (made) URL.revokeObjectURL(made);
    };
  }, [captureId, imageId, load]);
  return (
    <span ref={ref} class="archive-thumb" aria-hidden={url ? undefined : 'true'}>
      {url ? <img src={url} alt={label} width={56} /> : <span class="archive-thumb-none">{load && imageId ? '' : t('archive.noImage')}</span>}
    </span>
  );
}
