import { useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import { LANGUAGE_CHOICES, LANGUAGE_NATIVE_NAMES, type LanguageChoice } from '../../../locales/languages';
import { useSettings } from '../use-settings';

/**
 * The interface language: follow the browser, or English / Deutsch / 简体中文. Saved on
 * change and applied at once in every open Seller Guard page and tab. Each language is
 * named in itself, so an agent who cannot read the current one still finds their own.
 */
export function LanguagePicker() {
  const { settings, save } = useSettings();
  const [error, setError] = useState('');
  if (!settings) return <p role="status">{t('options.loadingSettings')}</p>;
  const onChange = async (event: Event) => {
    const language = (event.currentTarget as HTMLSelectElement).value as LanguageChoice;
    const failure = await save({ language });
    setError(failure ? t('options.notSaved', { error: failure }) : '');
  };
  return (
    <div class="language-picker">
      <label>
        {t('options.language.label')}
        <select name="language" value={settings.language} onChange={(event) => void onChange(event)}>
          {LANGUAGE_CHOICES.map((choice) => (
            <option key={choice} value={choice} lang={choice === 'auto' ? undefined : choice}>
              {choice === 'auto' ? t('language.auto') : LANGUAGE_NATIVE_NAMES[choice]}
            </option>
          ))}
        </select>
      </label>
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}
