import { t } from '../../../locales/current';
import type { CaptureSummary } from '../../../storage/archive/search';
import { ArchiveTime } from './archive-time';
import { pageKindLabel } from '../../../rules/page/page-kind-label';

/** Every capture of the same order, oldest first; the open one is marked, the others open on click. */
export function ArchiveTimeline({ items, currentId, onOpen }: { items: CaptureSummary[]; currentId: string; onOpen: (id: string) => void }) {
  return (
    <ol class="archive-timeline" aria-label={t('archive.timeline')}>
      {items.map((item) => (
        <li key={item.id} aria-current={item.id === currentId ? 'true' : undefined}>
          {item.id === currentId ? (
            <span>
              <ArchiveTime iso={item.capturedAt} /> — {pageKindLabel(item.kind)} {t('archive.thisCapture')}
            </span>
          ) : (
            <button type="button" class="link" onClick={() => onOpen(item.id)}>
              <ArchiveTime iso={item.capturedAt} /> — {pageKindLabel(item.kind)}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
