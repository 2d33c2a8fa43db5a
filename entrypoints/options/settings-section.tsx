import { useState } from 'preact/hooks';
import { t } from '../../locales/current';
import { useSettings } from './use-settings';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Agent name, allowed reply domains and the seller's own blocked terms. */
export function SettingsSection() {
  const { settings, save } = useSettings();
  const [message, setMessage] = useState('');
  if (!settings) return <p role="status">{t('options.loadingSettings')}</p>;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const error = await save({
      agentName: String(form.get('agentName') ?? '').trim(),
      allowedDomains: lines(String(form.get('allowedDomains') ?? '')).map((d) => d.toLowerCase()),
      blockedTerms: lines(String(form.get('blockedTerms') ?? '')),
    });
    setMessage(error ? t('options.notSaved', { error }) : t('options.saved'));
  };

  return (
    <form onSubmit={onSubmit} class="settings-form">
      <label>
        {t('options.settings.agentName')}
        <input name="agentName" defaultValue={settings.agentName} maxLength={120} autoComplete="name" />
      </label>
      <label>
        {t('options.settings.allowedDomains')}
        <textarea name="allowedDomains" rows={3} defaultValue={settings.allowedDomains.join('\n')} />
      </label>
      <label>
        {t('options.settings.blockedTerms')}
        <textarea name="blockedTerms" rows={3} defaultValue={settings.blockedTerms.join('\n')} />
      </label>
      <button type="submit">{t('options.settings.save')}</button>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </form>
  );
}
