import { useState } from 'preact/hooks';
import { RestoreRefusedError, restoreExport, type RestoreSummary } from '../../../storage/export/restore';
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
    try {
      const { agentName } = await getSettings();
      setState({ status: 'done', name: file.name, summary: await restoreExport(file, { agent: agentName }) });
    } catch (error) {
      if (error instanceof RestoreRefusedError) setState({ status: 'refused', name: file.name, problems: error.problems });
      else setState({ status: 'failed', name: file.name, message: error instanceof Error ? error.message : String(error) });
    }
    input.value = '';
  };
  return (
    <div class="restore-export">
      <p>
        Adds the captures of an evidence pack that this archive does not have yet. The pack is verified first; if anything in it does not
        check out, nothing is added. Restoring the same pack again adds nothing.
      </p>
      <label>
        Evidence pack to restore (.zip)
        <input type="file" accept=".zip,application/zip" onChange={(e) => void onFile(e)} disabled={state.status === 'working'} />
      </label>
      {state.status === 'working' ? <p role="status">Verifying and restoring {state.name}…</p> : null}
      {state.status === 'done' ? (
        <div role="status" data-testid="restore-summary" data-added={state.summary.added} data-skipped={state.summary.skipped.length}>
          <p>
            {state.name}: {state.summary.added} capture(s) added, {state.summary.skipped.length} skipped.
          </p>
          {state.summary.skipped.length ? (
            <ul>
              {state.summary.skipped.map((s) => (
                <li key={s.id}>
                  Capture #{s.seq}
                  {s.orderId ? ` (order ${s.orderId})` : ''}: {s.reason === 'already-in-archive' ? 'already in the archive' : 'a different capture with the same id is in the archive'}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {state.status === 'refused' ? (
        <div role="alert">
          <p>Nothing was restored from {state.name}: it does not verify.</p>
          <ul>
            {state.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.status === 'failed' ? <p role="alert">Nothing was restored from {state.name}: {state.message}</p> : null}
    </div>
  );
}
