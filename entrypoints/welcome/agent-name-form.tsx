import { useState } from 'preact/hooks';
import { t } from '../../locales/current';
import { AGENT_NAME_MAX, checkAgentName } from '../../rules/agent/agent-name';
import { useSettings } from '../../components/use-settings';

/** Step 1: the agent's name, which every audit entry carries. Required, trimmed, at most 120 characters. */
export function AgentNameForm() {
  const { settings, save } = useSettings();
  const [problem, setProblem] = useState('');
  const [saved, setSaved] = useState('');
  if (!settings) return <p role="status">{t('options.loadingSettings')}</p>;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const typed = String(new FormData(event.currentTarget as HTMLFormElement).get('agentName') ?? '');
    const checked = checkAgentName(typed);
    if (!checked.ok) {
      setSaved('');
      setProblem(checked.problem === 'empty' ? t('welcome.name.empty') : t('welcome.name.tooLong', { max: AGENT_NAME_MAX }));
      return;
    }
    const error = await save({ agentName: checked.name });
    setProblem(error ? t('options.notSaved', { error }) : '');
    setSaved(error ? '' : t('welcome.name.saved', { name: checked.name }));
  };

  return (
    <section class="welcome-step" aria-labelledby="welcome-name-title">
      <h2 id="welcome-name-title">{t('welcome.name.title')}</h2>
      <p>{t('welcome.name.why')}</p>
      <form class="welcome-name" onSubmit={(e) => void onSubmit(e)} noValidate>
        <label>
          {t('welcome.name.label')}
          <input
            name="agentName"
            defaultValue={settings.agentName}
            maxLength={AGENT_NAME_MAX + 10}
            autoComplete="name"
            required
            aria-invalid={problem ? 'true' : 'false'}
            aria-describedby="welcome-name-problem"
          />
        </label>
        <button type="submit">{t('welcome.name.save')}</button>
      </form>
      <p id="welcome-name-problem" role="alert">
        {problem}
      </p>
      <p role="status" data-agent-name={settings.agentName}>
        {saved}
      </p>
    </section>
  );
}
