import { useState } from 'preact/hooks';
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
  if (!settings) return <p role="status">Loading settings…</p>;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const error = await save({
      agentName: String(form.get('agentName') ?? '').trim(),
      allowedDomains: lines(String(form.get('allowedDomains') ?? '')).map((d) => d.toLowerCase()),
      blockedTerms: lines(String(form.get('blockedTerms') ?? '')),
    });
    setMessage(error ? `Not saved: ${error}` : 'Saved.');
  };

  return (
    <form onSubmit={onSubmit} class="settings-form">
      <label>
        Your name (recorded in the audit log)
        <input name="agentName" defaultValue={settings.agentName} maxLength={120} autoComplete="name" />
      </label>
      <label>
        Domains you may link to in replies, one per line (Amazon's own sites are always allowed)
        <textarea name="allowedDomains" rows={3} defaultValue={settings.allowedDomains.join('\n')} />
      </label>
      <label>
        Your own blocked words or phrases, one per line
        <textarea name="blockedTerms" rows={3} defaultValue={settings.blockedTerms.join('\n')} />
      </label>
      <button type="submit">Save settings</button>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </form>
  );
}
