import { findSendControl } from '../draft-guard/send-buttons';
import { pickReplyBox } from '../draft-guard/send-target';
import { readField } from '../draft-guard/field-text';
import type { BoxTemplates } from './box-templates';
import { decideTemplateSend } from './send-decision';

interface SendHoldOptions {
  boxes(): BoxTemplates[];
  templatesOnly(): boolean;
  /** Send was stopped under templates-only: ask for a reason; `resend` replays the click once. */
  onTemplatesOnly(state: BoxTemplates, text: string, resend: () => void): void;
  /** A Send went through (no listener stopped it) for a box holding an inserted template. */
  onSent(state: BoxTemplates, text: string): void;
}

/**
 * Hold a Send click (capture phase on the window, before the page sees it) while the draft
 * still has a placeholder, or when the buyer is listed at the templates-only level and the
 * draft is not an unedited template. A click that nobody stopped (neither this nor the draft
 * guard, which stops with `preventDefault`) is reported once dispatch is over, for the log.
 */
export function holdSends(win: Window, signal: AbortSignal, options: SendHoldOptions): void {
  let bypass: EventTarget | null = null;
  const onClick = (event: MouseEvent) => {
    const control = findSendControl(event.composedPath());
    if (!control) return;
    const state = pickReplyBox(control.element, options.boxes());
    if (!state) return;
    const text = readField(state.box).text;
    const resending = bypass !== null && event.composedPath().includes(bypass);
    const decision = resending
      ? 'pass'
      : decideTemplateSend({ text, insertedText: state.inserted?.text ?? null, templatesOnly: options.templatesOnly(), overriddenText: state.overriddenText });
    if (decision !== 'pass') {
      event.preventDefault();
      event.stopImmediatePropagation();
      if (decision === 'unfilled') state.showUnfilled();
      else
        options.onTemplatesOnly(state, text, () => {
          bypass = control.element;
          try {
            control.element.click();
          } finally {
            bypass = null;
          }
        });
      return;
    }
    if (state.inserted) setTimeout(() => !event.defaultPrevented && options.onSent(state, text), 0);
  };
  win.addEventListener('click', onClick, { capture: true, signal });
}
