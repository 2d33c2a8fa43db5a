import { t } from '../../../locales/current';
import { dateTimeText } from '../../../locales/dates';
import type { StoredAuditEvent } from '../../../rules/team/audit-protocol';

/** One page of the team's trail, newest first (text only: summaries are agents' and buyers' words). */
export function TrailTable({ events }: { events: StoredAuditEvent[] }) {
  const when = (iso: string) => <time dateTime={iso}>{dateTimeText(new Date(iso), t.language)}</time>;
  return (
    <table aria-label={t('teamLead.trail.entries')}>
      <thead>
        <tr>
          <th>{t('options.audit.when')}</th>
          <th>{t('teamLead.trail.member')}</th>
          <th>{t('options.audit.kind')}</th>
          <th>{t('options.audit.order')}</th>
          <th>{t('options.audit.what')}</th>
          <th>{t('teamLead.trail.received')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={event.seq} data-seq={event.seq}>
            <td>{when(event.at)}</td>
            <td>{event.agent}</td>
            <td>{event.kind}</td>
            <td>{event.orderId ?? '—'}</td>
            <td>{event.summary}</td>
            <td>{when(event.receivedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
