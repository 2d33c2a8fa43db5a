import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { keepSubmitInPage, onTrusted } from './trusted-events';

export interface ReasonDialogProps {
  /** Prefix of the dialog's element ids (`-title`, `-description`, `-reason`); one per dialog. */
  idPrefix: string;
  title: string;
  description: string;
  /** What the dialog shows between its description and "Go back" (the findings, a note). */
  children?: ComponentChildren;
  backLabel: string;
  reasonLabel: string;
  sendLabel: string;
  /** The send button's label while the reason is recorded; the send label when not given. */
  busyLabel?: string;
  /** Close and return to the draft. */
  onBack(): void;
  /** Record the reason and send; resolves to an error message, or null once sent. */
  onSendAnyway(reason: string): Promise<string | null>;
}

const FOCUSABLE = 'button:not(:disabled), textarea:not(:disabled), input:not(:disabled), [href], [tabindex]:not([tabindex="-1"])';

/**
 * Send was stopped: why, "Go back" (focused first), and "Send anyway" once a reason is typed,
 * taken from the agent's own click only. A modal alertdialog: focus stays inside, Escape goes back.
 */
export function ReasonDialog(props: ReasonDialogProps) {
  const { idPrefix, onBack, onSendAnyway } = props;
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const dialog = useRef<HTMLDivElement>(null);
  const back = useRef<HTMLButtonElement>(null);

  // Focus the safe choice without scrolling the explanation out of view.
  useEffect(() => back.current?.focus({ preventScroll: true }), []);

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

  const sendAnyway = async (event: Event) => {
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
        aria-labelledby={`${idPrefix}-title`}
        aria-describedby={`${idPrefix}-description`}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${idPrefix}-title`}>{props.title}</h2>
        <p id={`${idPrefix}-description`}>{props.description}</p>
        {props.children}
        <div class="sg-dialog-actions">
          <button type="button" ref={back} class="sg-button sg-button-primary" onClick={onBack}>
            {props.backLabel}
          </button>
        </div>
        <form class="sg-dialog-override" onSubmit={keepSubmitInPage}>
          <label for={`${idPrefix}-reason`}>{props.reasonLabel}</label>
          <textarea
            id={`${idPrefix}-reason`}
            name="reason"
            rows={2}
            maxLength={2000}
            required
            value={reason}
            onInput={(event) => setReason((event.currentTarget as HTMLTextAreaElement).value)}
          />
          <button type="submit" class="sg-button sg-button-danger" disabled={!reason.trim() || busy} onClick={onTrusted(sendAnyway)}>
            {busy ? (props.busyLabel ?? props.sendLabel) : props.sendLabel}
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
