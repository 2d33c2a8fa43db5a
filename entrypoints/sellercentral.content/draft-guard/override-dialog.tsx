import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../locales/current';
import { DraftFindingList, type DraftFindingView } from './finding-list';

interface DraftOverrideDialogProps {
  findings: readonly DraftFindingView[];
  /** Close and return to the draft. */
  onBack(): void;
  /** Record the override and send; resolves to an error message, or null once sent. */
  onSendAnyway(reason: string): Promise<string | null>;
}

const FOCUSABLE = 'button:not(:disabled), textarea:not(:disabled), input:not(:disabled), [href], [tabindex]:not([tabindex="-1"])';

/**
 * Shown when Send was stopped: the findings that stopped it, "Go back and edit", and "Send
 * anyway" once a reason is typed. A modal alertdialog: focus stays inside, Escape goes back.
 */
export function DraftOverrideDialog({ findings, onBack, onSendAnyway }: DraftOverrideDialogProps) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const dialog = useRef<HTMLDivElement>(null);
  const back = useRef<HTMLButtonElement>(null);

  // Focus the safe choice without scrolling the explanation out of view.
  useEffect(() => back.current?.focus({ preventScroll: true }), []);
  const blocking = findings.filter((finding) => finding.severity === 'block');
  const others = findings.length - blocking.length;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onBack();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = (dialog.current.getRootNode() as ShadowRoot | Document).activeElement;
    if (!first || !last) return;
    if (event.shiftKey && (active === first || !dialog.current.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !dialog.current.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (!reason.trim() || busy) return;
    setBusy(true);
    setError('');
    const failure = await onSendAnyway(reason.trim());
    setBusy(false);
    if (failure) setError(failure);
  };

  return (
    // A click on the backdrop must not take focus out of the dialog.
    <div class="sg-dialog-backdrop" onMouseDown={(event) => event.target === event.currentTarget && event.preventDefault()}>
      <div
        ref={dialog}
        class="sg-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="sg-dialog-title"
        aria-describedby="sg-dialog-description"
        onKeyDown={onKeyDown}
      >
        <h2 id="sg-dialog-title">{t('draft.dialog.title')}</h2>
        <p id="sg-dialog-description">{t('draft.dialog.description')}</p>
        <DraftFindingList findings={blocking} />
        {others > 0 ? (
          <p class="sg-dialog-note">{t.plural('draft.dialog.warnings', others)}</p>
        ) : null}
        <div class="sg-dialog-actions">
          <button type="button" ref={back} class="sg-button sg-button-primary" onClick={onBack}>
            {t('draft.dialog.back')}
          </button>
        </div>
        <form class="sg-dialog-override" onSubmit={onSubmit}>
          <label for="sg-override-reason">{t('draft.dialog.reason')}</label>
          <textarea
            id="sg-override-reason"
            name="reason"
            rows={2}
            maxLength={2000}
            required
            value={reason}
            onInput={(event) => setReason((event.currentTarget as HTMLTextAreaElement).value)}
          />
          <button type="submit" class="sg-button sg-button-danger" disabled={!reason.trim() || busy}>
            {busy ? t('draft.dialog.recording') : t('draft.dialog.sendAnyway')}
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
