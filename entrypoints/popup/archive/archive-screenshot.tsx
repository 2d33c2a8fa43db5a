import { t } from '../../../locales/current';
import { useState } from 'preact/hooks';

/** A full screenshot, fit to the popup or at its real size (zoom buttons, or click the image). */
export function ArchiveScreenshot({ url, width, height, label }: { url: string; width: number; height: number; label: string }) {
  const [zoomed, setZoomed] = useState(false);
  return (
    <figure class={`archive-shot${zoomed ? ' zoomed' : ''}`}>
      <div class="archive-shot-tools">
        <button type="button" aria-pressed={zoomed} onClick={() => setZoomed(!zoomed)}>
          {zoomed ? t('archive.zoomFit') : t('archive.zoomFull')}
        </button>
        <span>
          {width} × {height} px
        </span>
      </div>
      <div class="archive-shot-frame">
        <img src={url} alt={label} width={zoomed ? width : undefined} onClick={() => setZoomed(!zoomed)} />
      </div>
    </figure>
  );
}
