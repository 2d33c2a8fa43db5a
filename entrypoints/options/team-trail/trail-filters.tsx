import { t } from '../../../locales/current';
import { TEAM_AUDIT_KINDS } from '../../../rules/team/audit-protocol';
import { AuditFilterFields } from '../audit/audit-filter-fields';
import type { TrailForm } from './trail-query';

interface Props {
  form: TrailForm;
  members: ReadonlyMap<string, string>;
  onChange: (form: TrailForm) => void;
  onApply: () => void;
}

/** The trail's filters: agent, kind, date range and order id; applied with Show. */
export function TrailFilters({ form, members, onChange, onApply }: Props) {
  return (
    <form
      class="audit-filter team-trail-filter"
      aria-label={t('teamLead.trail.filter')}
      onSubmit={(e) => {
        e.preventDefault();
        onApply();
      }}
    >
      <label>
        {t('teamLead.trail.member')}
        <select value={form.memberId} onChange={(e) => onChange({ ...form, memberId: e.currentTarget.value })}>
          <option value="">{t('teamLead.trail.allMembers')}</option>
          {[...members].map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <AuditFilterFields kinds={TEAM_AUDIT_KINDS} values={form} onField={(key, value) => onChange({ ...form, [key]: value })} />
      <button type="submit">{t('teamLead.trail.apply')}</button>
    </form>
  );
}
