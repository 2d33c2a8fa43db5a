import { t } from '../../../locales/current';
import { useEffect, useState } from 'preact/hooks';
import { installSigningKey } from '../../../storage/export/signing-key';
import { verifyExport, type ExportVerification } from '../../../storage/export/verify-export';
import { TeamVerifyHashForm } from '../../../components/team-verify';

/** This install's signing-key fingerprint (made on first use), or null while it loads. */
function useOwnFingerprint(): string | null {
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  useEffect(() => {
    installSigningKey()
      .then((key) => setFingerprint(key.fingerprint))
      .catch((error: unknown) => setFingerprint(error instanceof Error ? error.message : String(error)));
  }, []);
  return fingerprint;
}

/** "Verify an export": pick an evidence pack ZIP; every hash and the chain are recomputed here. */
export function VerifyExportSection() {
  const [state, setState] = useState<{ status: 'idle' } | { status: 'checking'; name: string } | { status: 'done'; name: string; report: ExportVerification }>({ status: 'idle' });
  const own = useOwnFingerprint();
  const onFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    setState({ status: 'checking', name: file.name });
    setState({ status: 'done', name: file.name, report: await verifyExport(file) });
  };
  return (
    <div class="verify-export">
      <p>
        {t('options.verify.ownKey')} <code data-testid="signing-key-fingerprint">{own ?? '…'}</code>
        {t('options.verify.ownKeyAfter')}
      </p>
      <label>
        {t('options.verify.file')}
        <input type="file" accept=".zip,application/zip" onChange={(e) => void onFile(e)} />
      </label>
      {state.status === 'checking' ? <p role="status">{t('options.verify.checking', { name: state.name })}</p> : null}
      {state.status === 'done' ? <VerifyReport name={state.name} report={state.report} own={own} /> : null}
      <TeamVerifyHashForm />
    </div>
  );
}

function SignerLine({ signature, own }: { signature: ExportVerification['signature']; own: string | null }) {
  if (signature?.status !== 'signed') return null;
  const params = { fingerprint: signature.fingerprint, agent: signature.signedBy || t('options.verify.unnamed'), at: signature.signedAt };
  return (
    <p data-testid="verify-signer">
      {signature.fingerprint === own ? t('options.verify.signedByOwn', params) : t('options.verify.signedByOther', params)}
    </p>
  );
}

function VerifyReport({ name, report, own }: { name: string; report: ExportVerification; own: string | null }) {
  const { files, captures } = report;
  return (
    <div data-testid="verify-report" data-ok={String(report.ok)} data-signature={report.signature?.status ?? 'none'}>
      <SignerLine signature={report.signature} own={own} />
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
