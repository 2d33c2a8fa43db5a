import { useState } from 'preact/hooks';
import { useSettings } from '../../../components/use-settings';
import { t } from '../../../locales/current';

/** Response clock: warn at N hours left (default 4) on inbox rows, threads and the toolbar badge. */
export function ClockSection() {
  const { settings, save } = useSettings();
  const [message, setMessage] = useState('');
  if (!settings) return <p role="status">{t('options.loadingSettings')}</p>;

  const saveHours = async (input: HTMLInputElement) => {
    if (!input.reportValidity()) return;
    const error = await save({ clockWarnHours: input.valueAsNumber });
    setMessage(error ? t('options.notSaved', { error }) : t('options.saved'));
  };

  return (
    <form
      class="clock-form"
      onSubmit={(event) => {
        event.preventDefault();
        const input = (event.currentTarget as HTMLFormElement).elements.namedItem('clockWarnHours');
        if (input instanceof HTMLInputElement) void saveHours(input);
      }}
    >
      <p>{t('clock.options.hint')}</p>
      <label>
        {t('clock.options.warnHours')}{' '}
        <input name="clockWarnHours" type="number" min={1} max={23} step={1} required defaultValue={String(settings.clockWarnHours)} />
      </label>{' '}
      <button type="submit">{t('clock.options.save')}</button>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </form>
  );
}
