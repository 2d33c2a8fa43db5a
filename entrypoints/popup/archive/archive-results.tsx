import { t } from '../../../locales/current';
import type { CaptureSummary } from '../../../storage/archive/search';
import { ArchiveResultRow, type ArchiveResultRowProps } from './archive-result-row';

interface ArchiveResultsProps {
  listId: string;
  items: CaptureSummary[];
  active: number;
  onOpen: (id: string) => void;
  loadThumb: ArchiveResultRowProps['loadThumb'];
}

/** The id of result `index` in the list (for aria-activedescendant on the search box). */
export const resultOptionId = (listId: string, index: number) => `${listId}-option-${index}`;

/** The result list: a listbox driven from the search box (arrow keys move, Enter opens). */
export function ArchiveResults({ listId, items, active, onOpen, loadThumb }: ArchiveResultsProps) {
  return (
    <ul id={listId} role="listbox" aria-label={t('archive.results')} class="archive-results">
      {items.map((item, index) => (
        <ArchiveResultRow key={item.id} id={resultOptionId(listId, index)} item={item} active={index === active} onOpen={onOpen} loadThumb={loadThumb} />
      ))}
    </ul>
  );
}
