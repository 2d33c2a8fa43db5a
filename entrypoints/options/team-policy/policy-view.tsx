import { t } from '../../../locales/current';
import { dateTimeText } from '../../../locales/dates';
import type { PolicyResponse } from '../../../rules/team/policy-protocol';

const listText = (items: readonly string[]) => (items.length ? items.join(', ') : t('teamLead.policy.none'));

/** The team policy as the server has it (plain text: never HTML). */
export function PolicyView({ current, offline }: { current: PolicyResponse; offline: boolean }) {
  const { policy } = current;
  return (
    <div class="team-policy-view" data-testid="team-policy-view">
      <p>
        {current.version && current.updatedAt
          ? t('teamLead.policy.version', { version: current.version, name: current.updatedBy ?? '—', when: dateTimeText(new Date(current.updatedAt), t.language) })
          : t('teamLead.policy.neverSaved')}
      </p>
      {offline ? <p role="status">{t('teamLead.policy.offline')}</p> : null}
      <dl>
        <dt>{t('teamLead.policy.domains')}</dt>
        <dd data-testid="team-policy-domains">{listText(policy.allowedLinkDomains)}</dd>
        <dt>{t('teamLead.policy.terms')}</dt>
        <dd data-testid="team-policy-terms">{listText(policy.blockedTerms)}</dd>
        <dt>{t('teamLead.policy.templatesOnly')}</dt>
        <dd>{policy.templatesOnlySeverity ? t(`watchlist.severity.${policy.templatesOnlySeverity}`) : t('teamLead.policy.templatesOnlyNever')}</dd>
      </dl>
    </div>
  );
}
