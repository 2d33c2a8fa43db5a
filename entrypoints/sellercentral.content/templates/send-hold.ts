import { addSendCheck } from '../draft-guard/send-checks';
import type { BoxTemplates } from './box-templates';
import { decideTemplateSend } from './send-decision';

interface SendHoldOptions {
  boxes(): BoxTemplates[];
  templatesOnly(): boolean;
  /** Send was stopped under templates-only: ask for a reason; `resend` replays the send once. */
  onTemplatesOnly(state: BoxTemplates, text: string, resend: () => void): void;
  /**
   * A Send went through (no check stopped it) for a box holding an inserted template; once per
   * sent text (a Send click that also submits its form, the "Review message" confirmation).
   */
  onSent(state: BoxTemplates, text: string): void;
}

/**
 * Hold a Send while the draft still has a placeholder, or when the buyer is listed at the
 * templates-only level and the draft is not an unedited template. A check in the draft
 * guard's one send decision, so every way of sending is covered (Send click, Enter, form
 * submission) and a Send the draft guard stopped is not counted as sent.
 */
export function holdSends(signal: AbortSignal, options: SendHoldOptions): void {
  const stateOf = (field: HTMLElement) => options.boxes().find((state) => state.box.field === field) ?? null;
  addSendCheck(
    {
      beforeSend({ box, text }, resend) {
        const state = stateOf(box.field);
        if (!state) return true;
        const decision = decideTemplateSend({
          text,
          insertedText: state.inserted?.text ?? null,
          templatesOnly: options.templatesOnly(),
          overriddenText: state.overriddenText,
        });
        if (decision === 'unfilled') state.showUnfilled();
        else if (decision === 'templates-only') options.onTemplatesOnly(state, text, resend);
        return decision === 'pass';
      },
      afterSend({ box, text }) {
        const state = stateOf(box.field);
        if (!state?.inserted || state.loggedText === text) return;
        state.loggedText = text;
        options.onSent(state, text);
      },
    },
    signal,
  );
}
