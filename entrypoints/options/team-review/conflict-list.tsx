import { useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import { sendMessage } from '../../../utils/messaging';
import type { TeamResolve } from '../../../utils/team-lead-protocol';
import { leadErrorText } from '../team-lead/lead-error-text';
import { LeadPanel, type PanelMessage } from '../team-lead/lead-panel';
import { useTeamLoad } from '../team-lead/use-team-load';
import { ConflictItem } from './conflict-item';

/** Options → Team workspace → Conflicting changes: the same field changed by two members, for a lead to settle. */
export function ConflictList() {
  const { data, error, reload } = useTeamLoad(() => sendMessage('teamConflicts', {}));
  const [message, setMessage] = useState<PanelMessage | null>(null);
  const [busy, setBusy] = useState(false);
  const resolve = async (id: number, resolution: TeamResolve['resolution']) => {
    setBusy(true);
    const result = await sendMessage('teamResolveConflict', { id, resolution });
    setBusy(false);
    setMessage(result.ok ? { text: t('teamLead.conflicts.resolved'), alert: false } : { text: leadErrorText(result.error), alert: true });
    await reload();
  };
  return (
    <LeadPanel id="team-conflicts" title={t('teamLead.conflicts.title')} error={error} message={message} loaded={data !== undefined} onReload={() => void reload()}>
      {data && (data.conflicts.length ? (
        <ul class="team-conflict-list" aria-label={t('teamLead.conflicts.list')}>
          {data.conflicts.map((conflict) => (
            <ConflictItem
              key={conflict.id}
              conflict={conflict}
              canEdit={data.canEdit}
              busy={busy}
              onResolve={(resolution) => void resolve(conflict.id, resolution)}
              onProblem={(text) => setMessage({ text, alert: true })}
            />
          ))}
        </ul>
      ) : (
        <p role="status">{t('teamLead.conflicts.none')}</p>
      ))}
    </LeadPanel>
  );
}
