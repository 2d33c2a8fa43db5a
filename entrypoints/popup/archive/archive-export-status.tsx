import { t } from '../../../locales/current';

export type ExportState = { state: 'idle' } | { state: 'opened' } | { state: 'failed'; message: string };

/** What became of an export the popup started: it runs in its own tab, or could not start. */
export function ArchiveExportStatus({ state }: { state: ExportState }) {
  if (state.state === 'idle') return null;
  if (state.state === 'failed') return <p role="alert">{t('archive.export.couldNotStart', { error: state.message })}</p>;
  return <p role="status">{t('archive.export.opened')}</p>;
}
