import type { ExportProgress } from '../../storage/export/evidence-pack';
import type { PackExportState } from './use-pack-export';

const PHASE = { captures: 'Adding captures and screenshots', report: 'Writing the report', manifest: 'Writing and signing the manifest', done: 'Finishing' } as const;
const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

function ProgressBar({ progress }: { progress: ExportProgress | null }) {
  return (
    <>
      <progress aria-label="Export progress" max={progress?.total || 1} value={progress?.done ?? 0} />
      <p data-testid="export-progress">
        {progress ? `${PHASE[progress.phase]}: ${progress.done} of ${progress.total} capture(s), ${megabytes(progress.bytes)} written` : 'Preparing the export…'}
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
        Downloaded {status.fileName} ({status.captures} capture(s), {megabytes(status.bytes)}).
      </p>
    );
  }
  if (status.state === 'cancelled') {
    const p = status.progress;
    return <p role="status">Export cancelled{p ? ` after ${p.done} of ${p.total} capture(s)` : ''}: no file was saved. The audit log records the cancelled export.</p>;
  }
  return <p role="alert">Export failed: {status.message} No file was saved; the audit log records the failed export.</p>;
}
