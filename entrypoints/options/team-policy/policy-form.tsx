import { useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import { teamPolicySchema, type PolicyResponse, type TeamPolicy } from '../../../rules/team/policy-protocol';
import { WATCHLIST_SEVERITIES } from '../../../storage/watchlist/watchlist-schema';
import { sendMessage } from '../../../utils/messaging';
import { leadErrorText } from '../team-lead/lead-error-text';
import { ChoiceOptions } from '../../../components/choice-options';

const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** The edited lists checked like the server checks them: the policy, or the sentence naming what is wrong. */
export function policyFromForm(base: TeamPolicy, domains: string, terms: string, severity: string): { policy: TeamPolicy } | { problem: string } {
  const domainLines = lines(domains);
  const parsed = teamPolicySchema.safeParse({
    ...base,
    allowedLinkDomains: domainLines.map((line) => line.replace(/^https?:\/\//i, '').replace(/^\*\./, '').replace(/\/.*$/, '')),
    blockedTerms: lines(terms),
    templatesOnlySeverity: severity || null,
  });
  if (parsed.success) return { policy: parsed.data };
  const issue = parsed.error.issues[0]!;
  const [list, index] = issue.path;
  if (list === 'allowedLinkDomains' && typeof index === 'number') return { problem: t('teamLead.policy.badDomain', { line: index + 1, value: domainLines[index] ?? '' }) };
  return { problem: t('teamLead.policy.badList', { detail: `${issue.path.join('.')}: ${issue.message}` }) };
}

/**
 * A lead edits the team policy from the version shown. When a colleague saved first, the
 * panel shows their version and this form keeps what the lead typed, ready to save again.
 */
export function PolicyForm({ current, onCurrent }: { current: PolicyResponse; onCurrent: (current: PolicyResponse) => void }) {
  const [domains, setDomains] = useState(current.policy.allowedLinkDomains.join('\n'));
  const [terms, setTerms] = useState(current.policy.blockedTerms.join('\n'));
  const [severity, setSeverity] = useState<string>(current.policy.templatesOnlySeverity ?? '');
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (event: Event) => {
    event.preventDefault();
    const checked = policyFromForm(current.policy, domains, terms, severity);
    if ('problem' in checked) return setMessage({ text: checked.problem, alert: true });
    setBusy(true);
    setMessage({ text: t('teamLead.policy.saving'), alert: false });
    const result = await sendMessage('teamPolicySave', { baseVersion: current.version, policy: checked.policy });
    setBusy(false);
    if (!result.ok) return setMessage({ text: leadErrorText(result.error), alert: true });
    onCurrent(result.value.current);
    const { version, updatedBy } = result.value.current;
    setMessage(
      result.value.saved
        ? { text: t('teamLead.policy.saved', { version }), alert: false }
        : { text: t('teamLead.policy.conflict', { version, name: updatedBy ?? '—' }), alert: true },
    );
  };

  return (
    <form class="team-policy-form" onSubmit={(e) => void save(e)}>
      <label>
        {t('teamLead.policy.domainsField')}
        <textarea rows={4} value={domains} onInput={(e) => setDomains(e.currentTarget.value)} spellcheck={false} />
      </label>
      <label>
        {t('teamLead.policy.termsField')}
        <textarea rows={4} value={terms} onInput={(e) => setTerms(e.currentTarget.value)} />
      </label>
      <label>
        {t('teamLead.policy.templatesOnly')}
        <select value={severity} onChange={(e) => setSeverity(e.currentTarget.value)}>
          <option value="">{t('teamLead.policy.templatesOnlyNever')}</option>
          <ChoiceOptions values={WATCHLIST_SEVERITIES} label={(level) => t(`watchlist.severity.${level}`)} />
        </select>
      </label>
      <button type="submit" disabled={busy}>
        {t('teamLead.policy.save')}
      </button>
      {message ? <p role={message.alert ? 'alert' : 'status'}>{message.text}</p> : null}
    </form>
  );
}
