import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import { keepSubmitInPage, onTrusted } from '../page/trusted-events';

interface HoldDialogProps {
  onBack(): void;
  /** Record the reason and send; resolves to an error message, or null once sent. */
  onSendAnyway(reason: string): Promise<string | null>;
}

/** Templates only: Send was stopped for a listed buyer. Go back, or send with a logged reason. */
export function TemplatesOnlyDialog({ onBack, onSendAnyway }: HoldDialogProps) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus({ preventScroll: true }), []);

  const sendAnyway = async (event: Event) => {
    event.preventDefault();
    if (!reason.trim() || busy) return;
    setBusy(true);
    const failure = await onSendAnyway(reason.trim());
    setBusy(false);
    setError(failure ?? '');
  };

  return (
    <div class="sg-dialog-backdrop">
      <div
        class="sg-dialog sg-templates-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="sg-templates-hold-title"
        aria-describedby="sg-templates-hold-text"
        onKeyDown={(event) => event.key === 'Escape' && onBack()}
      >
        <h2 id="sg-templates-hold-title">{t('templates.hold.title')}</h2>
        <p id="sg-templates-hold-text">{t('templates.hold.listed')}</p>
        <p class="sg-dialog-actions">
          <button type="button" ref={back} class="sg-button sg-button-primary" onClick={onBack}>
            {t('templates.hold.back')}
          </button>
        </p>
        <form class="sg-dialog-override" onSubmit={keepSubmitInPage}>
          <label for="sg-templates-hold-reason">{t('templates.hold.reason')}</label>
          <textarea
            id="sg-templates-hold-reason"
            rows={2}
            maxLength={2000}
            required
            value={reason}
            onInput={(event) => setReason(event.currentTarget.value)}
          />
          <button type="submit" class="sg-button sg-button-danger" disabled={!reason.trim() || busy} onClick={onTrusted(sendAnyway)}>
            {t('templates.hold.sendAnyway')}
          </button>
          {error ? (
            <p class="sg-dialog-error" role="alert">
              {error}
            </p>
          ) : null}
        </form>
      </div>
    </div>
  );
}
