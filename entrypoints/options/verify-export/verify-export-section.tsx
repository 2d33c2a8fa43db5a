import { t } from '../../../locales/current';
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
        {t('options.verify.file')}
        <input type="file" accept=".zip,application/zip" onChange={(e) => void onFile(e)} />
      </label>
      {state.status === 'checking' ? <p role="status">{t('options.verify.checking', { name: state.name })}</p> : null}
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
          {t('options.verify.intact', {
            name,
            files: files.checked,
            captures: captures.checked,
            redacted: captures.redacted ? ` ${t('options.verify.redacted', { count: captures.redacted })}` : '',
            links: report.chainLinks,
          })}
        </p>
      ) : (
        <div role="alert">
          <p>
            {t('options.verify.failed', { name, count: report.problems.length })}
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
