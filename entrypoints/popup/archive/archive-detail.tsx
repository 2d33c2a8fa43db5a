import type { ComponentChildren } from 'preact';
import { isSellerCentralUrl } from '../../../rules/page/hosts';
import type { CaptureDetail } from '../../../storage/capture/capture-detail';
import { ArchiveCaptureData } from './archive-capture-data';
import { ArchiveScreenshot } from './archive-screenshot';
import { ArchiveTime } from './archive-time';
import { ArchiveTimeline } from './archive-timeline';
import { ArchiveVerification } from './archive-verification';
import { pageKindLabel } from '../../../rules/page/page-kind-label';

export interface ArchiveDetailProps {
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
  const heading = `${record.orderId ? `Order ${record.orderId}` : 'Capture'} — ${pageKindLabel(record.kind)}`;
  return (
    <article class="archive-detail" aria-label={heading}>
      <button type="button" onClick={onBack} class="archive-back">
        ← Back to results
      </button>
      <h3>{heading}</h3>
      <p>
        Captured <ArchiveTime iso={record.capturedAt} /> by {record.agent || 'unknown agent'} ({record.source}) · capture #{record.seq}
      </p>
      <p>
        {isSellerCentralUrl(record.url) ? (
          <a href={record.url} target="_blank" rel="noreferrer noopener">
            Open the original page
          </a>
        ) : (
          <span>Original page: {record.url}</span>
        )}{' '}
        · {record.title}
      </p>
      {record.orderId ? (
        <div class="archive-order-export">
          <button type="button" disabled={exporting} onClick={() => onExportOrder(record.orderId!)}>
            Evidence pack for order {record.orderId}
          </button>
          {exportStatus}
        </div>
      ) : null}
      <ArchiveVerification hash={record.hash} prevHash={record.prevHash} verification={verification} />
      {images.length ? (
        images.map((image, i) => <ArchiveScreenshot key={image.url} url={image.url} width={image.width} height={image.height} label={`Screenshot ${i + 1} of ${heading}`} />)
      ) : (
        <p class="archive-no-shot">No screenshot{record.screenshotNote ? `: ${record.screenshotNote}` : '.'}</p>
      )}
      <dl class="archive-facts">
        <dt>Buyer</dt>
        <dd>{record.buyerName ?? '—'}</dd>
        <dt>Buyer email</dt>
        <dd>{record.buyerProxyEmail ?? '—'}</dd>
        <dt>ASINs</dt>
        <dd>{record.asins.join(', ') || '—'}</dd>
        <dt>Tracking</dt>
        <dd>{record.trackingIds.join(', ') || '—'}</dd>
        <dt>Tags</dt>
        <dd>{record.tags.join(', ') || '—'}</dd>
        <dt>Note</dt>
        <dd>{record.note || '—'}</dd>
      </dl>
      <ArchiveCaptureData data={record.data} />
      <details class="archive-text">
        <summary>Page text as captured{record.masked ? ' (address and phone masked)' : ''}</summary>
        <pre>{record.text}</pre>
      </details>
      {timeline.length > 1 ? (
        <>
          <h4>Timeline of order {record.orderId}</h4>
          <ArchiveTimeline items={timeline} currentId={record.id} onOpen={onOpen} />
        </>
      ) : null}
    </article>
  );
}
