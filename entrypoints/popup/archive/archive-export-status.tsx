import type { ExportProgress } from '../../../storage/export/evidence-pack';

export type ExportState =
  | { state: 'idle' }
  | { state: 'working'; progress: ExportProgress | null }
  | { state: 'done'; fileName: string; captures: number; bytes: number }
  | { state: 'failed'; message: string };

const PHASE = { captures: 'Adding captures and screenshots', report: 'Writing the report', manifest: 'Writing the manifest', done: 'Finishing' } as const;

/** Progress of an export (a real progress bar), then what was downloaded or why it failed. */
export function ArchiveExportStatus({ state }: { state: ExportState }) {
  if (state.state === 'idle') return null;
  if (state.state === 'failed') return <p role="alert">Export failed: {state.message}</p>;
  if (state.state === 'done') {
    return (
      <p role="status">
        Downloaded {state.fileName} ({state.captures} capture(s), {(state.bytes / 1_048_576).toFixed(1)} MB).
      </p>
    );
  }
  const p = state.progress;
  return (
    <div role="status" class="archive-export-progress">
      <label>
        {p ? `${PHASE[p.phase]}: ${p.done} of ${p.total}` : 'Preparing the export…'}
        <progress max={p?.total || 1} value={p?.done ?? 0} />
      </label>
    </div>
  );
}
