import { t } from '../../../locales/current';
import type { ExportProgress } from '../../../storage/export/evidence-pack';

export type ExportState =
  | { state: 'idle' }
  | { state: 'working'; progress: ExportProgress | null }
  | { state: 'done'; fileName: string; captures: number; bytes: number }
  | { state: 'failed'; message: string };


/** Progress of an export (a real progress bar), then what was downloaded or why it failed. */
export function ArchiveExportStatus({ state }: { state: ExportState }) {
  if (state.state === 'idle') return null;
  if (state.state === 'failed') return <p role="alert">{t('archive.export.failed', { error: state.message })}</p>;
  if (state.state === 'done') {
    return (
      <p role="status">
        {t('archive.export.done', {
          file: state.fileName,
          captures: t.plural('archive.count', state.captures),
          size: (state.bytes / 1_048_576).toLocaleString(t.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
        })}
      </p>
    );
  }
  const p = state.progress;
  return (
    <div role="status" class="archive-export-progress">
      <label>
        {p ? t('archive.export.progress', { phase: t(`archive.export.phase.${p.phase}`), done: p.done, total: p.total }) : t('archive.export.preparing')}
        <progress max={p?.total || 1} value={p?.done ?? 0} />
      </label>
    </div>
  );
}
