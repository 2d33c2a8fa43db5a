import type { CaptureVerification } from '../../../storage/capture/capture-detail';

/** The hash, the link to the capture before, and what checking them found. */
export function ArchiveVerification({ hash, prevHash, verification }: { hash: string; prevHash: string; verification: CaptureVerification | null }) {
  const text = !verification
    ? 'Checking…'
    : verification.state === 'verified'
      ? 'Verified: the content, its link to the capture before and its screenshots match their SHA-256.'
      : verification.state === 'redacted'
        ? `Verified with retention: buyer data was removed on ${verification.at.slice(0, 10)}, recorded in the archive events with the original hash.`
        : `Not verified: ${verification.reason}`;
  return (
    <div class={`archive-verification ${verification?.state ?? 'checking'}`}>
      <p role={verification?.state === 'altered' ? 'alert' : 'status'}>{text}</p>
      <dl>
        <dt>SHA-256</dt>
        <dd class="hash">{hash}</dd>
        <dt>Previous</dt>
        <dd class="hash">{prevHash}</dd>
      </dl>
    </div>
  );
}
