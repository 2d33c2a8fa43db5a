import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import { sendMessage } from '../../../utils/messaging';
import type { TeamSyncStatus } from '../../../utils/team-push-protocol';
import type { TeamRole } from '../../../rules/team/protocol';
import { TeamWaitingList } from './team-waiting-list';

const REFRESH_MS = 1_500;

/**
 * Options → Team workspace, when joined: changes waiting to be sent (live, listed), conflicts a
 * lead resolves, changes the team refused, and what the role may do. One request per refresh
 * feeds all of it.
 */
export function TeamSyncStatusView({ role, refreshMs = REFRESH_MS }: { role: TeamRole; refreshMs?: number }) {
  const [status, setStatus] = useState<TeamSyncStatus | null>(null);
  const load = async () => {
    const result = await sendMessage('teamSyncStatus', {});
    if (result.ok) setStatus(result.value);
  };
  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(), refreshMs);
    return () => clearInterval(timer);
  }, [refreshMs]);
  const dismiss = async () => {
    await sendMessage('teamDismissRejected', {});
    await load();
  };

  const roleNote = role === 'agent' || role === 'auditor' ? <p>{t(`teamPush.role.${role}`)}</p> : null;
  if (!status) return roleNote;
  return (
    <div class="team-sync">
      {roleNote}
      <p role="status" data-testid="team-waiting" data-waiting={status.outbox.total}>
        {status.outbox.total ? t.plural('teamPush.waiting', status.outbox.total) : t('teamPush.nothingWaiting')}
      </p>
      <TeamWaitingList list={{ ...status.outbox, rejected: status.rejected }} />
      {status.auditWaiting ? <p>{t.plural('teamPush.auditWaiting', status.auditWaiting)}</p> : null}
      {status.attestWaiting ? <p>{t.plural('teamPush.attestWaiting', status.attestWaiting)}</p> : null}
      {status.conflicts ? (
        <p role="status" data-testid="team-conflicts">
          {t.plural('teamPush.conflicts', status.conflicts)}
        </p>
      ) : null}
      {status.rejected.length ? (
        <div role="alert" data-testid="team-rejected">
          <p>{t('teamPush.rejectedTitle')}</p>
          <ul>
            {status.rejected.map((r) => (
              <li key={`${r.at}-${r.entryId}-${r.op}`}>{r.code === 'server' ? t('teamPush.rejected.server', { message: r.message }) : t(`teamPush.rejected.${r.code}`)}</li>
            ))}
          </ul>
          <button type="button" onClick={() => void dismiss()}>
            {t('teamPush.dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
