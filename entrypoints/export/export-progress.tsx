import { t } from '../../locales/current';
import type { ExportProgress } from '../../storage/export/evidence-pack';
import type { PackExportState } from './use-pack-export';

const PHASE = {
  captures: () => t('exportPage.phase.captures'),
  report: () => t('exportPage.phase.report'),
  manifest: () => t('exportPage.phase.manifest'),
  done: () => t('exportPage.phase.done'),
} as const;
const megabytes = (bytes: number) => t('exportPage.megabytes', { size: (bytes / 1_048_576).toLocaleString(t.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });

function ProgressBar({ progress }: { progress: ExportProgress | null }) {
  return (
    <>
      <progress aria-label={t('exportPage.progress')} max={progress?.total || 1} value={progress?.done ?? 0} />
      <p data-testid="export-progress">
        {progress
          ? t('exportPage.progressText', { phase: PHASE[progress.phase](), done: progress.done, total: progress.total, size: megabytes(progress.bytes) })
          : t('exportPage.preparing')}
      </p>
    </>
  );
}

/** Where the export is: a progress bar while it runs, then what was saved, or why nothing was. */
export function ExportProgressView({ status }: { status: PackExportState }) {
  if (status.state === 'working') {
    return (
      <div role="status" aria-live="polite">
        <ProgressBar progress={status.progress} />
      </div>
    );
  }
  if (status.state === 'done') {
    return (
      <p role="status" data-testid="export-done">
        {t('exportPage.done', { file: status.fileName, captures: status.captures, size: megabytes(status.bytes) })}
      </p>
    );
  }
  if (status.state === 'cancelled') {
    const p = status.progress;
    return <p role="status">{p ? t('exportPage.cancelledAfter', { done: p.done, total: p.total }) : t('exportPage.cancelled')}</p>;
  }
  return <p role="alert">{t('exportPage.failed', { error: status.message })}</p>;
}
