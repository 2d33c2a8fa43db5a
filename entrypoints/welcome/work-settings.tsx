import { useState } from 'preact/hooks';
import { t } from '../../locales/current';
import { MARKETPLACE_CODES } from '../../rules/page/marketplace';
import { useSettings } from '../../components/use-settings';

/** How long buyer data stays readable in captures before it is redacted. */
const REDACT_CHOICES = [7, 14, 30, 90, 365] as const;

/** Step 3: the marketplaces the agent works in, and how long buyer data is kept. Saves on change. */
export function WorkSettings() {
  const { settings, save } = useSettings();
  const [message, setMessage] = useState('');
  if (!settings) return null;
  const change = async (patch: Parameters<typeof save>[0]) => {
    const error = await save(patch);
    setMessage(error ? t('options.notSaved', { error }) : t('options.saved'));
  };
  const toggle = (code: string, on: boolean) =>
    change({ marketplaces: MARKETPLACE_CODES.filter((c) => (c === code ? on : settings.marketplaces.includes(c))) });
  const redact = settings.retention.redactAfterDays;
  const choices = REDACT_CHOICES.includes(redact as (typeof REDACT_CHOICES)[number]) ? REDACT_CHOICES : [...REDACT_CHOICES, redact];

  return (
    <section class="welcome-step" aria-labelledby="welcome-work-title">
      <h2 id="welcome-work-title">{t('welcome.work.title')}</h2>
      <fieldset class="welcome-marketplaces">
        <legend>{t('welcome.work.marketplaces')}</legend>
        {MARKETPLACE_CODES.map((code) => (
          <label key={code}>
            <input type="checkbox" checked={settings.marketplaces.includes(code)} onChange={(e) => void toggle(code, e.currentTarget.checked)} />
            {code}
          </label>
        ))}
      </fieldset>
      <label>
        {t('welcome.work.redact')}
        <select
          value={String(redact)}
          onChange={(e) => void change({ retention: { ...settings.retention, redactAfterDays: Number(e.currentTarget.value) } })}
        >
          {choices.map((days) => (
            <option key={days} value={String(days)}>
              {t.plural('welcome.work.days', days)}
            </option>
          ))}
        </select>
      </label>
      <p class="hint">{t('welcome.work.retentionHint')}</p>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
