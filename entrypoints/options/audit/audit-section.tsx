import { t } from '../../../locales/current';
import { dateTimeText } from '../../../locales/dates';
import { useEffect, useState } from 'preact/hooks';
import { AUDIT_KINDS, type AuditEntry, type AuditKind } from '../../../storage/audit/audit-schema';
import { auditPage, type AuditFilter } from '../../../storage/audit/audit-page';
import { auditCsv } from '../../../storage/export/audit-csv';
import { downloadBlob } from '../../../utils/download-blob';
import { AuditFilterFields } from './audit-filter-fields';
import './audit-section.css';

const PAGE = 100;

/** Start of a local day (`from`) or of the next one (`to`) from an <input type=date> value. */
function dayBound(value: string, end: boolean): Date | undefined {
  if (!value) return undefined;
  const [y, m, d] = value.split('-').map(Number);
  return new Date(y!, m! - 1, d! + (end ? 1 : 0));
}

/** The audit log: filter by kind, date and order; CSV export of what the filter shows. */
export function AuditSection() {
  const [filter, setFilter] = useState({ kind: '', from: '', to: '', orderId: '' });
  const [limit, setLimit] = useState(PAGE);
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState('');
  const query = (): AuditFilter => ({
    kind: (filter.kind || undefined) as AuditKind | undefined,
    orderId: filter.orderId.trim() || undefined,
    from: dayBound(filter.from, false),
    to: dayBound(filter.to, true),
  });
  useEffect(() => {
    let current = true;
    auditPage(query(), limit + 1)
      .then((rows) => current && setEntries(rows))
      .catch((e: unknown) => current && setError(String(e)));
    return () => {
      current = false;
    };
  }, [filter, limit]);
  const change = (key: keyof typeof filter, value: string) => {
    setFilter({ ...filter, [key]: value });
    setLimit(PAGE);
  };
  const exportCsv = async () => {
    const rows = await auditPage(query(), Number.MAX_SAFE_INTEGER);
    downloadBlob(new Blob([auditCsv([...rows].reverse(), true, t)], { type: 'text/csv' }), `seller-guard-audit-log-${new Date().toISOString().slice(0, 10)}.csv`);
  };
  const shown = entries?.slice(0, limit) ?? [];
  return (
    <div class="audit-log">
      <form class="audit-filter" onSubmit={(e) => e.preventDefault()} aria-label={t('options.audit.filter')}>
        <AuditFilterFields kinds={AUDIT_KINDS} values={filter} onField={(key, value) => change(key, value)} />
      </form>
      <button type="button" onClick={() => void exportCsv()}>
        {t('options.audit.export')}
      </button>
      {error ? <p role="alert">{t('options.audit.readFailed', { error })}</p> : null}
      {entries === null ? (
        <p role="status">{t('options.audit.loading')}</p>
      ) : (
        <table aria-label={t('options.audit.entries')}>
          <thead>
            <tr>
              <th>{t('options.audit.when')}</th>
              <th>{t('options.audit.kind')}</th>
              <th>{t('options.audit.agent')}</th>
              <th>{t('options.audit.order')}</th>
              <th>{t('options.audit.what')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e) => (
              <tr key={e.id}>
                <td>
                  <time dateTime={e.at}>{dateTimeText(new Date(e.at), t.language)}</time>
                </td>
                <td>{e.kind}</td>
                <td>{e.agent || '—'}</td>
                <td>{e.orderId ?? '—'}</td>
                <td>{e.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {entries && !entries.length ? <p role="status">{t('options.audit.none')}</p> : null}
      {entries && entries.length > limit ? (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          {t('options.audit.older')}
        </button>
      ) : null}
    </div>
  );
}
