import { t } from '../../../locales/current';
import type { CaptureSummary } from '../../../storage/archive/search';
import { ArchiveThumb, type ThumbLoader } from './archive-thumb';
import { ArchiveTime } from './archive-time';
import { pageKindLabel } from '../../../rules/page/page-kind-label';

export interface ArchiveResultRowProps {
  item: CaptureSummary;
  id: string;
  active: boolean;
  onOpen: (id: string) => void;
  loadThumb: ThumbLoader | null;
}

/** One search result: thumbnail, order id, page kind, buyer and capture time. */
export function ArchiveResultRow({ item, id, active, onOpen, loadThumb }: ArchiveResultRowProps) {
  const order = item.orderId ?? t('archive.noOrderId');
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      class={`archive-row${active ? ' active' : ''}`}
      data-capture-id={item.id}
      onClick={() => onOpen(item.id)}
    >
      <ArchiveThumb captureId={item.id} imageId={item.imageId} load={loadThumb} label={t('archive.screenshotOf', { what: order })} />
      <span class="archive-row-main">
        <strong class="archive-row-order">{order}</strong>
        <span class="archive-row-kind">{pageKindLabel(item.kind)}</span>
        <span class="archive-row-buyer">{item.buyerName ?? '—'}</span>
        <ArchiveTime iso={item.capturedAt} />
      </span>
    </li>
  );
}
