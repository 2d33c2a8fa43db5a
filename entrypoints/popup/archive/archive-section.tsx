import { t } from '../../../locales/current';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ArchiveDetail } from './archive-detail';
import { ArchiveExportStatus } from './archive-export-status';
import { ArchiveResults, resultOptionId } from './archive-results';
import { ArchiveStorage } from './archive-storage';
import { thumbnailOf } from '../../../storage/capture/capture-thumbs';
import { DEFAULT_BUDGET } from '../../../storage/archive/search';
import './archive.css';
import { useArchiveExport } from './use-archive-export';
import { ARCHIVE_PAGE as PAGE, useArchiveSearch } from './use-archive-search';
import { useCaptureDetail } from './use-capture-detail';
import { useStorageEstimate } from './use-storage-estimate';

const LIST_ID = 'archive-results';

async function loadThumb(captureId: string, imageId: string): Promise<string | null> {
  const thumb = await thumbnailOf(captureId, imageId);
  return thumb ? URL.createObjectURL(thumb.image) : null;
}

/** The evidence archive in the popup: search as you type, results, one capture in detail, exports. */
export function ArchiveSection() {
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  // Records one search may check; "Search further back" raises it for the same query.
  const [budget, setBudget] = useState<number | undefined>(undefined);
  const [active, setActive] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  const search = useArchiveSearch(query, limit, budget);
  const detail = useCaptureDetail(openId);
  const exporter = useArchiveExport();
  const storage = useStorageEstimate(exporter.state);
  const input = useRef<HTMLInputElement>(null);
  const items = search.result?.items ?? [];

  useEffect(() => {
    if (search.status === 'ready' && !performance.getEntriesByName('archive-first-results').length) performance.mark('archive-first-results');
  }, [search.status]);
  useEffect(() => setActive(0), [query]);
  // Back from a capture: the focus returns to the search box, on the result it left from.
  useEffect(() => {
    if (openId) return;
    input.current?.focus();
    document.getElementById(resultOptionId(LIST_ID, active))?.scrollIntoView({ block: 'nearest' });
  }, [openId]);
  // Escape goes back to the results from anywhere in the detail (and does not close the popup).
  useEffect(() => {
    if (!openId) return;
    const back = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpenId(null);
    };
    addEventListener('keydown', back);
    return () => removeEventListener('keydown', back);
  }, [openId]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      if (items[active]) setOpenId(items[active]!.id);
      return event.preventDefault();
    }
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (!step || !items.length) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(items.length - 1, active + step));
    setActive(next);
    document.getElementById(resultOptionId(LIST_ID, next))?.scrollIntoView({ block: 'nearest' });
  };

  if (openId) {
    if (detail.status !== 'ready') return <p role="status">{detail.status === 'gone' ? t('archive.gone') : t('archive.opening')}</p>;
    return (
      <ArchiveDetail
        detail={detail.detail}
        images={detail.images}
        onBack={() => setOpenId(null)}
        onOpen={setOpenId}
        onExportOrder={(orderId) => void exporter.run({ type: 'order', orderId }, `order:${orderId}`)}
        exporting={false}
        exportStatus={exporter.scopeKey?.startsWith('order:') ? <ArchiveExportStatus state={exporter.state} /> : null}
      />
    );
  }

  const result = search.result;
  const count = !result
    ? ''
    : result.total === null && result.more
      ? t('archive.countAtLeast', { count: items.length })
      : t.plural('archive.count', result.total ?? items.length);
  return (
    <section class="archive" aria-labelledby="archive-title">
      <h2 id="archive-title">{t('archive.title')}</h2>
      <input
        ref={input}
        type="search"
        class="archive-search"
        role="combobox"
        list={undefined}
        aria-label={t('archive.search')}
        aria-expanded={items.length > 0}
        aria-controls={LIST_ID}
        aria-activedescendant={items.length ? resultOptionId(LIST_ID, active) : undefined}
        aria-autocomplete="list"
        placeholder={t('archive.searchHint')}
        value={query}
        onInput={(e) => {
          setQuery((e.currentTarget as HTMLInputElement).value);
          setLimit(PAGE);
          setBudget(undefined);
        }}
        onKeyDown={onKeyDown}
      />
      {result?.errors.map((error) => (
        <p key={error} role="alert" class="archive-query-error">
          {error}
        </p>
      ))}
      <p role="status" class="archive-count" aria-live="polite">
        {search.status === 'failed'
          ? t('archive.searchFailed', { error: search.message })
          : search.status === 'searching' && !result
            ? t('archive.searching')
            : query.trim()
              ? t('archive.found', { count })
              : t('archive.archived', { count })}
        {result?.partial ? ` ${t('archive.partial')}` : ''}
      </p>
      {result?.partial ? (
        <button type="button" onClick={() => setBudget((budget ?? DEFAULT_BUDGET) * 10)}>
          {t('archive.searchFurther')}
        </button>
      ) : null}
      <ArchiveResults listId={LIST_ID} items={items} active={active} onOpen={setOpenId} loadThumb={loadThumb} />
      {result?.more && !result.partial ? (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          {t('archive.showMore')}
        </button>
      ) : null}
      <div class="archive-exports">
        {query.trim() ? (
          <button type="button" disabled={!items.length} onClick={() => void exporter.run({ type: 'search', query }, 'results')}>
            {t('archive.exportResults')}
          </button>
        ) : null}
        <button type="button" onClick={() => void exporter.run({ type: 'all' }, 'all')}>
          {t('archive.exportAll')}
        </button>
        {exporter.scopeKey && !exporter.scopeKey.startsWith('order:') ? <ArchiveExportStatus state={exporter.state} /> : null}
      </div>
      <ArchiveStorage usage={storage.usage} quota={storage.quota} />
    </section>
  );
}
