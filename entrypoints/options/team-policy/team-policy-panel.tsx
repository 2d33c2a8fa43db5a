import { t } from '../../../locales/current';
import { sendMessage } from '../../../utils/messaging';
import { useTeamLoad } from '../team-lead/use-team-load';
import { PolicyForm } from './policy-form';
import { PolicyView } from './policy-view';

/** Options → Team workspace → Team policy: read by every member, edited by leads and admins. */
export function TeamPolicyPanel() {
  const { data: view, error, setData } = useTeamLoad(() => sendMessage('teamPolicy', {}));
  return (
    <section class="team-lead-panel" aria-labelledby="team-policy-title">
      <h3 id="team-policy-title">{t('teamLead.policy.title')}</h3>
      <p>{t('teamLead.policy.intro')}</p>
      {error ? <p role="alert">{error}</p> : null}
      {view === undefined ? (
        error ? null : <p role="status">{t('teamLead.loading')}</p>
      ) : (
        <>
          <PolicyView current={view.current} offline={view.offline} />
          {view.canEdit ? <PolicyForm current={view.current} onCurrent={(current) => setData({ ...view, offline: false, current })} /> : null}
        </>
      )}
    </section>
  );
}
