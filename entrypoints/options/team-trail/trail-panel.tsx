import { useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import { downloadBlob } from '../../../utils/download-blob';
import { sendMessage } from '../../../utils/messaging';
import type { TeamTrailQuery } from '../../../utils/team-lead-protocol';
import { leadErrorText } from '../team-lead/lead-error-text';
import { LeadPanel, type PanelMessage } from '../team-lead/lead-panel';
import { useTeamLoad } from '../team-lead/use-team-load';
import { TrailFilters } from './trail-filters';
import { EMPTY_TRAIL_FORM, trailQuery, type TrailForm } from './trail-query';
import { TrailTable } from './trail-table';

const BOM = '\uFEFF';

/** Options → Team workspace → The team's audit trail: filter, page back, and download the server's CSV. */
export function TrailPanel() {
  const [form, setForm] = useState<TrailForm>(EMPTY_TRAIL_FORM);
  const [query, setQuery] = useState<TeamTrailQuery>({});
  const [before, setBefore] = useState(0);
  const [members, setMembers] = useState<ReadonlyMap<string, string>>(new Map());
  const [message, setMessage] = useState<PanelMessage | null>(null);
  const { data, error, reload } = useTeamLoad(async () => {
    const result = await sendMessage('teamTrail', { ...query, before });
    if (result.ok) setMembers((known) => new Map([...known, ...result.value.events.map((e) => [e.memberId, e.agent] as const)]));
    return result;
  }, [query, before]);

  const apply = () => {
    const next = trailQuery(form);
    if (next === 'bad-order') return setMessage({ text: t('teamLead.trail.badOrder'), alert: true });
    setMessage(null);
    setQuery(next);
    setBefore(0);
  };
  const download = async () => {
    setMessage({ text: t('teamLead.trail.downloading'), alert: false });
    const result = await sendMessage('teamTrailCsv', query);
    if (!result.ok) return setMessage({ text: leadErrorText(result.error), alert: true });
    const { text, fileName } = result.value;
    // The server's bytes, saved as a file: never parsed or shown. fetch's text() dropped the BOM spreadsheets need.
    downloadBlob(new Blob([text.startsWith(BOM) ? text : BOM + text], { type: 'text/csv;charset=utf-8' }), fileName);
    setMessage({ text: t('teamLead.trail.downloaded', { file: fileName }), alert: false });
  };

  return (
    <LeadPanel id="team-trail" title={t('teamLead.trail.title')} error={error} message={message} loaded={data !== undefined} onReload={() => void reload()}>
      <TrailFilters form={form} members={members} onChange={setForm} onApply={apply} />
      <button type="button" onClick={() => void download()}>
        {t('teamLead.trail.csv')}
      </button>
      {data?.events.length ? <TrailTable events={data.events} /> : <p role="status">{t('teamLead.trail.none')}</p>}
      {before ? (
        <button type="button" onClick={() => setBefore(0)}>
          {t('teamLead.trail.newest')}
        </button>
      ) : null}
      {data?.nextBefore ? (
        <button type="button" onClick={() => setBefore(data.nextBefore ?? 0)}>
          {t('teamLead.trail.older')}
        </button>
      ) : null}
    </LeadPanel>
  );
}
