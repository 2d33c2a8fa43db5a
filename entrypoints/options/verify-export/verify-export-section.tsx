import { useState } from 'preact/hooks';
import { verifyExport, type ExportVerification } from '../../../storage/export/verify-export';

/** "Verify an export": pick an evidence pack ZIP; every hash and the chain are recomputed here. */
export function VerifyExportSection() {
  const [state, setState] = useState<{ status: 'idle' } | { status: 'checking'; name: string } | { status: 'done'; name: string; report: ExportVerification }>({ status: 'idle' });
  const onFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    setState({ status: 'checking', name: file.name });
    setState({ status: 'done', name: file.name, report: await verifyExport(file) });
  };
  return (
    <div class="verify-export">
      <label>
        Evidence pack to verify (.zip)
        <input type="file" accept=".zip,application/zip" onChange={(e) => void onFile(e)} />
      </label>
      {state.status === 'checking' ? <p role="status">Checking {state.name}…</p> : null}
      {state.status === 'done' ? <VerifyReport name={state.name} report={state.report} /> : null}
    </div>
  );
}

function VerifyReport({ name, report }: { name: string; report: ExportVerification }) {
  const { files, captures } = report;
  return (
    <div data-testid="verify-report" data-ok={String(report.ok)}>
      {report.ok ? (
        <p role="status" class="verify-ok">
          {name} is intact: {files.checked} file(s) and {captures.checked} capture(s) match their SHA-256
          {captures.redacted ? ` (${captures.redacted} redacted by retention, as recorded)` : ''}, and {report.chainLinks} chain link(s) hold.
        </p>
      ) : (
        <div role="alert">
          <p>
            {name} does not verify: {report.problems.length} problem(s).
          </p>
          <ul>
            {report.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {report.notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
    </div>
  );
}
