import { useEffect, useState } from 'preact/hooks';
import { installSigningKey } from '../../../storage/export/signing-key';
import { verifyExport, type ExportVerification } from '../../../storage/export/verify-export';

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
        This install signs every evidence pack it exports with its own key, fingerprint{' '}
        <code data-testid="signing-key-fingerprint">{own ?? '…'}</code>. Record it with your team: a verified pack proves it was made by the
        install holding that key.
      </p>
      <label>
        Evidence pack to verify (.zip)
        <input type="file" accept=".zip,application/zip" onChange={(e) => void onFile(e)} />
      </label>
      {state.status === 'checking' ? <p role="status">Checking {state.name}…</p> : null}
      {state.status === 'done' ? <VerifyReport name={state.name} report={state.report} own={own} /> : null}
    </div>
  );
}

function SignerLine({ signature, own }: { signature: ExportVerification['signature']; own: string | null }) {
  if (signature?.status !== 'signed') return null;
  const whose = signature.fingerprint === own ? " (this install's key)" : ': compare it with the fingerprint your team recorded for that agent';
  return (
    <p data-testid="verify-signer">
      Signed by key {signature.fingerprint}
      {whose}, agent {signature.signedBy || 'unnamed'}, at {signature.signedAt}.
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
