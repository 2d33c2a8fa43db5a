import { t } from '../../../locales/current';
import { useEffect, useState } from 'preact/hooks';
import { retentionPreview, runRetention, type RetentionSummary } from '../../../storage/archive/retention';
import { useSettings } from '../../../components/use-settings';

/** Retention: redact buyer data after N days (default 30), optionally delete captures after M days. */
export function RetentionSection() {
  const { settings, save } = useSettings();
  const [message, setMessage] = useState('');
  const [preview, setPreview] = useState<{ redactDue: number; deleteDue: number } | null>(null);
  const [ran, setRan] = useState<RetentionSummary | null>(null);
  useEffect(() => {
    if (settings) void retentionPreview(settings.retention).then(setPreview);
  }, [settings?.retention.redactAfterDays, settings?.retention.deleteAfterDays, ran]);
  if (!settings) return <p role="status">{t('options.loadingSettings')}</p>;
  const retention = settings.retention;

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const error = await save({
      retention: {
        redactAfterDays: Number(form.get('redactAfterDays')),
        deleteAfterDays: form.get('deleteEnabled') ? Number(form.get('deleteAfterDays')) : null,
      },
    });
    setMessage(error ? t('options.notSaved', { error }) : t('options.retention.savedDaily'));
  };
  const runNow = async () => {
    setMessage(t('options.retention.running'));
    const summary = await runRetention(retention, settings.agentName);
    setRan(summary);
    setMessage(t('options.retention.ran', { redacted: summary.redacted, deleted: summary.deleted }));
  };

  return (
    <form class="retention-form" onSubmit={(e) => void onSubmit(e)}>
      <p>{t('options.retention.explain')}</p>
      <label>
        {t('options.retention.redactAfter')}
        <input name="redactAfterDays" type="number" min={1} max={3650} required defaultValue={String(retention.redactAfterDays)} />
      </label>
      <label>
        <input name="deleteEnabled" type="checkbox" defaultChecked={retention.deleteAfterDays !== null} /> {t('options.retention.deleteToo')}
      </label>
      <label>
        {t('options.retention.deleteAfter')}
        <input name="deleteAfterDays" type="number" min={1} max={36500} defaultValue={String(retention.deleteAfterDays ?? 365)} />
      </label>
      <button type="submit">{t('options.retention.save')}</button>{' '}
      <button type="button" onClick={() => void runNow()}>
        {t('options.retention.runNow')}
      </button>
      {preview ? (
        <p role="status" data-testid="retention-preview">
          {retention.deleteAfterDays
            ? t('options.retention.dueDelete', { redact: preview.redactDue, delete: preview.deleteDue })
            : t('options.retention.due', { redact: preview.redactDue })}
        </p>
      ) : null}
      <p role="status" aria-live="polite">
        {message}
      </p>
    </form>
  );
}
