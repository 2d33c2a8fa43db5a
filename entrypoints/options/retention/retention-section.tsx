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
  if (!settings) return <p role="status">Loading settings…</p>;
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
    setMessage(error ? `Not saved: ${error}` : 'Saved. Retention runs once a day.');
  };
  const runNow = async () => {
    setMessage('Running retention…');
    const summary = await runRetention(retention, settings.agentName);
    setRan(summary);
    setMessage(`Retention ran: ${summary.redacted} capture(s) redacted, ${summary.deleted} deleted. The run is in the audit log.`);
  };

  return (
    <form class="retention-form" onSubmit={(e) => void onSubmit(e)}>
      <p>
        Amazon's data protection policy lets sellers keep buyer personal data only as long as needed. After the number of days below, Seller
        Guard removes the buyer's name, address, phone and proxy email from a capture's text and data, and deletes its screenshots (they
        show the buyer). The order id, ASINs, statuses, tracking, times and every hash stay, and each redaction is recorded in the archive's
        hash-chained events, so the archive still verifies. Export an evidence pack first if a claim needs the screenshots.
      </p>
      <label>
        Redact buyer personal data this many days after capture
        <input name="redactAfterDays" type="number" min={1} max={3650} required defaultValue={String(retention.redactAfterDays)} />
      </label>
      <label>
        <input name="deleteEnabled" type="checkbox" defaultChecked={retention.deleteAfterDays !== null} /> Also delete captures completely
        after:
      </label>
      <label>
        Days after capture (the oldest captures go first)
        <input name="deleteAfterDays" type="number" min={1} max={36500} defaultValue={String(retention.deleteAfterDays ?? 365)} />
      </label>
      <button type="submit">Save retention settings</button>{' '}
      <button type="button" onClick={() => void runNow()}>
        Run retention now
      </button>
      {preview ? (
        <p role="status" data-testid="retention-preview">
          Due now: {preview.redactDue} capture(s) to redact{retention.deleteAfterDays ? `, ${preview.deleteDue} to delete` : ''}.
        </p>
      ) : null}
      <p role="status" aria-live="polite">
        {message}
      </p>
    </form>
  );
}
