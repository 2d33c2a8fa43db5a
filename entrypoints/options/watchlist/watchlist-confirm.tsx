import { useState } from 'preact/hooks';
import { t } from '../../../locales/current';

interface Props {
  question: string;
  /** When set, the agent must say why (a required text field with this label). */
  reasonLabel?: string;
  confirm: string;
  danger?: boolean;
  onCancel(): void;
  /** Resolves to null when done, else the problem (the dialog stays open). */
  onConfirm(reason: string | null): Promise<string | null>;
}

/** An inline confirmation for clear and delete, asking why when that must be recorded. */
export function WatchlistConfirm({ question, reasonLabel, confirm, danger, onCancel, onConfirm }: Props) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (reasonLabel && !reason.trim()) return setMissing(true);
    setBusy(true);
    await onConfirm(reasonLabel ? reason : null);
    setBusy(false);
  };
  return (
    <div class="wl-confirm" role="alertdialog" aria-label={question}>
      <form onSubmit={submit}>
        <p>{question}</p>
        {reasonLabel ? (
          <label>
            {reasonLabel}
            <textarea
              rows={2}
              maxLength={1000}
              value={reason}
              aria-invalid={missing ? 'true' : undefined}
              onInput={(e) => {
                setReason(e.currentTarget.value);
                setMissing(false);
              }}
            />
          </label>
        ) : null}
        {missing ? (
          <p role="alert" class="wl-error">
            {t('watchlistEditor.clearWhyMissing')}
          </p>
        ) : null}
        <button type="submit" class={danger ? 'wl-danger' : undefined} disabled={busy}>
          {confirm}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </form>
    </div>
  );
}
