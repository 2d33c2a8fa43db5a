import { t } from '../../../locales/current';
import type { CaptureVerification } from '../../../storage/capture/capture-detail';
import { TeamVerifyButton } from '../../../components/team-verify';

/** The hash, the link to the capture before, and what checking them found. */
export function ArchiveVerification({ hash, prevHash, verification }: { hash: string; prevHash: string; verification: CaptureVerification | null }) {
  const text = !verification
    ? t('archive.checking')
    : verification.state === 'verified'
      ? t('archive.verified')
      : verification.state === 'redacted'
        ? t('archive.verifiedRedacted', { date: verification.at.slice(0, 10) })
        : t('archive.notVerified', { reason: verification.reason });
  return (
    <div class={`archive-verification ${verification?.state ?? 'checking'}`}>
      <p role={verification?.state === 'altered' ? 'alert' : 'status'}>{text}</p>
      <dl>
        <dt>{t('archive.hash')}</dt>
        <dd class="hash">{hash}</dd>
        <dt>{t('archive.previousHash')}</dt>
        <dd class="hash">{prevHash}</dd>
      </dl>
      <TeamVerifyButton sha256={hash} />
    </div>
  );
}
