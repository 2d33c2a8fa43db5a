import { t } from '../../../locales/current';
import { useState } from 'preact/hooks';
import { restoreExport, type RestoreSummary } from '../../../storage/export/restore';
import { resultOf } from '../../../utils/result';
import { getSettings } from '../../../storage/settings';

type RestoreState =
  | { status: 'idle' }
  | { status: 'working'; name: string }
  | { status: 'done'; name: string; summary: RestoreSummary }
  | { status: 'refused'; name: string; problems: string[] }
  | { status: 'failed'; name: string; message: string };

/** "Restore an export": merge an evidence pack into the archive (validated, all or nothing, idempotent). */
export function RestoreSection() {
  const [state, setState] = useState<RestoreState>({ status: 'idle' });
  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setState({ status: 'working', name: file.name });
    const result = await resultOf(async () => restoreExport(file, { agent: (await getSettings()).agentName }), 'restore');
    if (result.ok) setState({ status: 'done', name: file.name, summary: result.value });
    else if (result.error.code === 'restore-refused') setState({ status: 'refused', name: file.name, problems: result.error.problems ?? [] });
    else setState({ status: 'failed', name: file.name, message: result.error.message });
    input.value = '';
  };
  return (
    <div class="restore-export">
      <p>{t('options.restore.explain')}</p>
      <label>
        {t('options.restore.file')}
        <input type="file" accept=".zip,application/zip" onChange={(e) => void onFile(e)} disabled={state.status === 'working'} />
      </label>
      {state.status === 'working' ? <p role="status">{t('options.restore.working', { name: state.name })}</p> : null}
      {state.status === 'done' ? (
        <div role="status" data-testid="restore-summary" data-added={state.summary.added} data-skipped={state.summary.skipped.length}>
          <p>
            {t('options.restore.done', { name: state.name, added: state.summary.added, skipped: state.summary.skipped.length })}
          </p>
          {state.summary.skipped.length ? (
            <ul>
              {state.summary.skipped.map((s) => (
                <li key={s.id}>
                  {t('options.restore.capture', { seq: s.seq })}
                  {s.orderId ? ` ${t('options.restore.ofOrder', { orderId: s.orderId })}` : ''}:{' '}
                  {s.reason === 'already-in-archive' ? t('options.restore.already') : t('options.restore.conflict')}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {state.status === 'refused' ? (
        <div role="alert">
          <p>{t('options.restore.refused', { name: state.name })}</p>
          <ul>
            {state.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.status === 'failed' ? <p role="alert">{t('options.restore.failed', { name: state.name, error: state.message })}</p> : null}
    </div>
  );
}
