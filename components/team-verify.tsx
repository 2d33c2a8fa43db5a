import { useState } from 'preact/hooks';
import { t } from '../locales/current';
import { dateTimeText } from '../locales/dates';
import { sendMessage } from '../utils/messaging';
import type { TeamAttestationCheck } from '../utils/team-push-protocol';

function checkText(check: TeamAttestationCheck): string[] {
  switch (check.status) {
    case 'attested':
      return check.attestations.map((a) =>
        t('teamPush.verify.attested', { agent: a.agent, when: dateTimeText(new Date(a.receivedAt), t.language), captured: dateTimeText(new Date(a.capturedAt), t.language) }),
      );
    case 'failed':
      return [t('teamPush.verify.failed', { problem: t.dynamic(`team.problem.${check.problem}`, { detail: "" }) })];
    default:
      return [t(`teamPush.verify.${check.status}`)];
  }
}

/** What the team server says about one hash: who attested it and when, or that it never saw it. */
export function TeamVerifyResult({ check }: { check: TeamAttestationCheck | 'asking' | null }) {
  if (!check) return null;
  if (check === 'asking') return <p role="status">{t('teamPush.verifying')}</p>;
  const lines = checkText(check);
  return (
    <ul role={check.status === 'attested' ? 'status' : 'alert'} class="team-verify-result" data-testid="team-verify-result" data-status={check.status}>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/** Ask the background which team members attested `sha256`. */
export function useTeamVerify(): [TeamAttestationCheck | 'asking' | null, (sha256: string) => Promise<void>] {
  const [check, setCheck] = useState<TeamAttestationCheck | 'asking' | null>(null);
  const verify = async (sha256: string) => {
    setCheck('asking');
    const result = await sendMessage('teamVerifyHash', { sha256 });
    setCheck(result.ok ? result.value : { status: 'failed', problem: 'server-error' });
  };
  return [check, verify];
}

/** "Verify against team server" for one capture hash (popup capture detail). */
export function TeamVerifyButton({ sha256 }: { sha256: string }) {
  const [check, verify] = useTeamVerify();
  return (
    <div class="team-verify">
      <button type="button" onClick={() => void verify(sha256)} disabled={check === 'asking'}>
        {t('teamPush.verify')}
      </button>
      <TeamVerifyResult check={check} />
    </div>
  );
}

/** Options → Verify an export: check any capture hash (from a pack's manifest) against the team server. */
export function TeamVerifyHashForm() {
  const [check, verify] = useTeamVerify();
  const submit = (event: Event) => {
    event.preventDefault();
    void verify(String(new FormData(event.currentTarget as HTMLFormElement).get('sha256') ?? ''));
  };
  return (
    <form class="team-verify" onSubmit={submit}>
      <label>
        {t('teamPush.verify.hashLabel')}
        <input name="sha256" type="text" required autocomplete="off" spellcheck={false} maxLength={200} />
      </label>
      <button type="submit" disabled={check === 'asking'}>
        {t('teamPush.verify')}
      </button>
      <TeamVerifyResult check={check} />
    </form>
  );
}
