import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import { dateTimeText } from '../../../locales/dates';
import { sendMessage } from '../../../utils/messaging';
import type { TeamProblem, TeamStatus } from '../../../utils/team-protocol';
import { TeamSyncStatusView } from './team-sync-status';
import { TeamLeadScreens } from '../team-lead/team-lead-screens';

const REFRESH_MS = 2_000;

function problemText(problem: TeamProblem, detail = ''): string {
  return problem === 'protocol-mismatch' ? t('team.problem.protocol-mismatch', { detail }) : t(`team.problem.${problem}`);
}

/** Options → Team workspace: join with an address and an invite, then the connection and Leave. */
export function TeamSection() {
  const [status, setStatus] = useState<TeamStatus | null | undefined>(undefined);
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async (refresh: boolean) => {
    const result = await sendMessage('teamStatus', { refresh });
    if (result.ok) setStatus(result.value);
  };
  useEffect(() => {
    void load(true);
    const timer = setInterval(() => void load(false), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  const join = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setMessage({ text: t('team.joining'), alert: false });
    const result = await sendMessage('teamJoin', { serverUrl: String(form.get('serverUrl') ?? ''), inviteCode: String(form.get('inviteCode') ?? '') });
    setBusy(false);
    if (!result.ok) return setMessage({ text: result.error.message, alert: true });
    if (!result.value.joined) return setMessage({ text: problemText(result.value.problem, result.value.detail), alert: true });
    setMessage(null);
    setStatus(result.value.status);
  };
  const leave = async () => {
    const result = await sendMessage('teamLeave', {});
    if (result.ok) {
      setStatus(null);
      setMessage({ text: t('team.left'), alert: false });
    }
  };

  if (status === undefined) return <p role="status">{t('page.reading')}</p>;
  const feedback = message ? <p role={message.alert ? 'alert' : 'status'}>{message.text}</p> : null;
  if (!status) {
    return (
      <form class="team-join" onSubmit={(e) => void join(e)}>
        <p>{t('team.intro')}</p>
        <label>
          {t('team.serverUrl')}
          <input name="serverUrl" type="url" required autocomplete="url" />
        </label>
        <label>
          {t('team.inviteCode')}
          <input name="inviteCode" type="text" required autocomplete="off" spellcheck={false} />
        </label>
        <button type="submit" disabled={busy}>
          {t('team.join')}
        </button>
        {feedback}
      </form>
    );
  }
  return (
    <div class="team-connected">
      <p data-testid="team-connected">
        {t('team.connectedAs', { name: status.memberName, role: t(`team.role.${status.role}`), workspace: status.workspaceName, server: status.serverUrl })}
      </p>
      <p role="status" data-testid="team-online" data-online={status.online ? 'true' : 'false'}>
        {status.online ? t('team.online') : t('team.offline')}
      </p>
      {status.problem && status.problem !== 'unreachable' ? <p role="alert">{problemText(status.problem)}</p> : null}
      <TeamSyncStatusView role={status.role} />
      <p data-testid="team-last-sync">{status.lastSyncAt ? t('team.lastSync', { when: dateTimeText(new Date(status.lastSyncAt), t.language) }) : t('team.neverSynced')}</p>
      <button type="button" onClick={() => void leave()}>
        {t('team.leave')}
      </button>
      {feedback}
      <TeamLeadScreens role={status.role} />
    </div>
  );
}
