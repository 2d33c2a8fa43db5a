import { t } from '../../../locales/current';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { isSellerCentralUrl } from '../../../rules/page/hosts';
import type { CaptureDetail } from '../../../storage/capture/capture-detail';
import { maskingNote } from '../../../utils/capture-masking-note';
import { ArchiveCaptureData } from './archive-capture-data';
import { ArchiveScreenshot } from './archive-screenshot';
import { ArchiveTime } from './archive-time';
import { ArchiveTimeline } from './archive-timeline';
import { ArchiveVerification } from './archive-verification';
import { pageKindLabel } from '../../../rules/page/page-kind-label';

interface ArchiveDetailProps {
  detail: CaptureDetail;
  images: { url: string; width: number; height: number }[];
  onBack: () => void;
  onOpen: (id: string) => void;
  onExportOrder: (orderId: string) => void;
  /** Export progress or result, shown under the evidence-pack button. */
  exportStatus: ComponentChildren;
  exporting: boolean;
}

/** One capture in full: screenshots, structured data, text, tags, note, hash and the order's timeline. */
export function ArchiveDetail({ detail, images, onBack, onOpen, onExportOrder, exportStatus, exporting }: ArchiveDetailProps) {
  const { record, verification, timeline } = detail;
  const back = useRef<HTMLButtonElement>(null);
  // Opened from the keyboard: the focus moves into the capture, on the way back.
  useEffect(() => back.current?.focus(), [record.id]);
  const heading = `${record.orderId ? t('archive.detail.order', { orderId: record.orderId }) : t('archive.detail.capture')} — ${pageKindLabel(record.kind)}`;
  return (
    <article class="archive-detail" aria-label={heading}>
      <button type="button" ref={back} onClick={onBack} class="archive-back">
        {t('archive.detail.back')}
      </button>
      <h3>{heading}</h3>
      <p>
        {t('archive.detail.captured')} <ArchiveTime iso={record.capturedAt} />{' '}
        {t('archive.detail.capturedBy', { agent: record.agent || t('archive.detail.unknownAgent'), source: record.source, seq: record.seq })}
      </p>
      <p>
        {isSellerCentralUrl(record.url) ? (
          <a href={record.url} target="_blank" rel="noreferrer noopener">
            {t('archive.detail.openOriginal')}
          </a>
        ) : (
          <span>{t('archive.detail.originalPage', { url: record.url })}</span>
        )}{' '}
        · {record.title}
      </p>
      {record.orderId ? (
        <div class="archive-order-export">
          <button type="button" disabled={exporting} onClick={() => onExportOrder(record.orderId!)}>
            {t('archive.detail.orderPack', { orderId: record.orderId })}
          </button>
          {exportStatus}
        </div>
      ) : null}
      <ArchiveVerification hash={record.hash} prevHash={record.prevHash} verification={verification} />
      {images.length ? (
        images.map((image, i) => <ArchiveScreenshot key={image.url} url={image.url} width={image.width} height={image.height} label={t('archive.detail.screenshotN', { n: i + 1, what: heading })} />)
      ) : (
        <p class="archive-no-shot">
          {record.screenshotNote ? t('archive.detail.noScreenshotBecause', { reason: record.screenshotNote }) : t('archive.detail.noScreenshot')}
        </p>
      )}
      <dl class="archive-facts">
        <dt>{t('page.field.buyer')}</dt>
        <dd>{record.buyerName ?? '—'}</dd>
        <dt>{t('page.field.buyerEmail')}</dt>
        <dd>{record.buyerProxyEmail ?? '—'}</dd>
        <dt>{t('archive.detail.asins')}</dt>
        <dd>{record.asins.join(', ') || '—'}</dd>
        <dt>{t('archive.detail.tracking')}</dt>
        <dd>{record.trackingIds.join(', ') || '—'}</dd>
        <dt>{t('archive.detail.tags')}</dt>
        <dd>{record.tags.join(', ') || '—'}</dd>
        <dt>{t('archive.detail.note')}</dt>
        <dd>{record.note || '—'}</dd>
      </dl>
      <ArchiveCaptureData data={record.data} />
      <details class="archive-text">
        <summary>{t('archive.detail.pageTextNote', { note: maskingNote(record) })}</summary>
        <pre>{record.text}</pre>
      </details>
      {timeline.length > 1 ? (
        <>
          <h4>{t('archive.detail.timeline', { orderId: record.orderId ?? '' })}</h4>
          <ArchiveTimeline items={timeline} currentId={record.id} onOpen={onOpen} />
        </>
      ) : null}
    </article>
  );
}
