import { useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import { sendMessage } from '../../../utils/messaging';
import type { TeamReviewAction } from '../../../utils/team-lead-protocol';
import { leadErrorText } from '../team-lead/lead-error-text';
import { LeadPanel, type PanelMessage } from '../team-lead/lead-panel';
import { useTeamLoad } from '../team-lead/use-team-load';
import { dayToIso, DueEntry } from './due-entry';

const DONE = { review: 'teamLead.due.reviewed', extend: 'teamLead.due.extended', clear: 'teamLead.due.cleared' } as const;

/**
 * Options → Team workspace → Due for review: the team's quarterly review of its list. An
 * action made while the server does not answer waits in the team outbox (sent when it is
 * back); a refusal is shown and the entry's fields keep what the lead typed.
 */
export function DueList() {
  const [dueBy, setDueBy] = useState('');
  const { data, error, reload } = useTeamLoad(() => sendMessage('teamDue', dueBy ? { before: dayToIso(dueBy, 'end') } : {}), [dueBy]);
  const [message, setMessage] = useState<PanelMessage | null>(null);
  const [busy, setBusy] = useState(false);
  // Entries whose action waits in the outbox (the server did not answer): shown as waiting.
  const [waiting, setWaiting] = useState<ReadonlySet<string>>(new Set());
  const act = async (action: TeamReviewAction, buyer: string) => {
    setBusy(true);
    const result = await sendMessage('teamReview', action);
    setBusy(false);
    if (!result.ok) return setMessage({ text: leadErrorText(result.error), alert: true });
    if (result.value.status === 'queued') {
      setWaiting(new Set([...waiting, action.entryId]));
      return setMessage({ text: t(result.value.behind ? 'teamEdges.queued.behind' : `teamEdges.queued.${action.op}`, { buyer }), alert: false });
    }
    setMessage({ text: t(DONE[action.op], { buyer }), alert: false });
    await reload();
  };
  return (
    <LeadPanel id="team-due" title={t('teamLead.due.title')} error={error} message={message} loaded={data !== undefined} onReload={() => void reload()}>
      <label>
        {t('teamLead.due.by')}
        <input type="date" value={dueBy} onChange={(e) => setDueBy(e.currentTarget.value)} />
      </label>
      {data && (data.entries.length ? (
        <ul class="team-due-list" aria-label={t('teamLead.due.list')}>
          {data.entries.map((entry) => (
            <DueEntry key={entry.id} entry={entry} canEdit={data.canEdit} waiting={waiting.has(entry.id)} busy={busy} onAction={(a, b) => void act(a, b)} onProblem={(text) => setMessage({ text, alert: true })} />
          ))}
        </ul>
      ) : (
        <p role="status">{t('teamLead.due.none')}</p>
      ))}
      {data?.hasMore ? <p>{t('teamLead.due.more')}</p> : null}
    </LeadPanel>
  );
}
