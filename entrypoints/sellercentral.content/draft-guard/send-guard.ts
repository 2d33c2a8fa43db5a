import type { DraftTracker } from './draft-tracker';
import { isOwnUi } from '../page/own-ui';
import { findSendControl } from './send-buttons';
import { addedSendChecks, type SendAttempt, type SendCheck } from './send-checks';
import { decideSend, type DraftCheck } from './send-decision';
import { readField } from './field-text';
import { submissionSends } from './send-submitter';
import { pickReplyBox } from './send-target';
import { SELECTORS } from '../readers/page-vocabulary';

interface SendGuardOptions {
  trackers(): DraftTracker[];
  /**
   * Send was stopped for `tracker`'s draft: explain why and let the agent go back or send
   * anyway. `resend` replays the original send exactly once, bypassing the guard.
   */
  onStopped(tracker: DraftTracker, check: DraftCheck, resend: () => void): void;
}

/**
 * Stop a Send whose draft has a `block` finding (or that a check added with `addSendCheck`
 * holds), before the page sees it: a capture-phase
 * listener on the window (the first listener any event reaches) for clicks on a Send
 * control (also the "Review message" confirmation), Enter or Space on a Send drawn as
 * `role="button"`, Enter in a field that sends on Enter,
 * and submission of a reply's form (unless its submit button says it does something else). Anything else, and every draft without a `block` finding, passes
 * untouched.
 */
export function guardSend(win: Window, signal: AbortSignal, options: SendGuardOptions): void {
  /** A replay in progress: its target, and the first check it still has to pass. */
  let bypass: { target: EventTarget; from: number } | null = null;

  const draftCheck = (tracker: DraftTracker): SendCheck => ({
    beforeSend: (_attempt, resend) => {
      const check = tracker.checkNow();
      if (decideSend(check, tracker.overriddenText) === 'pass') return true;
      options.onStopped(tracker, check, resend);
      return false;
    },
  });

  /**
   * The one send decision: the draft guard's check, then every added one (templates). A check
   * that stops the send stops the event before the page sees it; its replay starts after it.
   */
  const stop = (event: Event, tracker: DraftTracker, resendOn: EventTarget, resend: () => void) => {
    const from = bypass !== null && event.composedPath().includes(bypass.target) ? bypass.from : 0;
    const checks = [draftCheck(tracker), ...addedSendChecks()];
    const attempt: SendAttempt = { box: tracker.box, text: readField(tracker.box).text };
    for (let index = from; index < checks.length; index++) {
      const replay = () => {
        bypass = { target: resendOn, from: index + 1 };
        try {
          resend();
        } finally {
          bypass = null;
        }
      };
      if (checks[index]!.beforeSend(attempt, replay)) continue;
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    // A click the page itself cancelled did not send; Enter and submit are cancelled by the page as it sends.
    setTimeout(() => {
      if (event.type === 'click' && event.defaultPrevented) return;
      for (const check of checks) check.afterSend?.(attempt);
    }, 0);
  };

  const onClick = (event: MouseEvent) => {
    const control = findSendControl(event.composedPath());
    if (!control) return;
    const tracker = pickReplyBox(control.element, options.trackers());
    if (tracker) stop(event, tracker, control.element, () => control.element.click());
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing) return;
    if (event.key === 'Enter' || event.key === ' ') onControlKey(event);
    if (event.key !== 'Enter' || event.shiftKey) return;
    const target = event.composedPath()[0];
    const tracker = options.trackers().find((candidate) => candidate.box.field === target);
    if (!tracker || !sendsOnEnter(tracker, event)) return;
    const field = tracker.box.field;
    stop(event, tracker, field, () =>
      field.dispatchEvent(new KeyboardEvent('keydown', { ...keyInit(event), bubbles: true, cancelable: true, composed: true })),
    );
  };

  // A native button turns Enter and Space into a click (guarded above); a drawn one
  // (role="button") is worked by the page's own key handler, which must not see the key.
  const onControlKey = (event: KeyboardEvent) => {
    const control = findSendControl(event.composedPath());
    if (!control || control.element.matches(SELECTORS.nativeControl)) return;
    const tracker = pickReplyBox(control.element, options.trackers());
    const init = { ...keyInit(event), bubbles: true, cancelable: true, composed: true };
    if (tracker) stop(event, tracker, control.element, () => control.element.dispatchEvent(new KeyboardEvent('keydown', init)));
  };

  const onSubmit = (event: SubmitEvent) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || isOwnUi(form)) return;
    if (!submissionSends(event.submitter)) return;
    const inside = options.trackers().filter((candidate) => form.contains(candidate.box.host));
    const tracker = inside.length > 0 ? pickReplyBox(event.submitter ?? form, inside) : null;
    if (tracker) stop(event, tracker, form, () => form.requestSubmit(event.submitter));
  };

  win.addEventListener('click', onClick, { capture: true, signal });
  win.addEventListener('keydown', onKeyDown, { capture: true, signal });
  win.addEventListener('submit', onSubmit, { capture: true, signal });
}

/**
 * Whether Enter sends in this field: the field or its host says so (`enterkeyhint="send"`),
 * or it is the modifier shortcut (Ctrl/⌘+Enter) in a field that declares it in
 * `aria-keyshortcuts`. Plain Enter in an ordinary textarea is a new line and never stopped.
 */
function sendsOnEnter(tracker: DraftTracker, event: KeyboardEvent): boolean {
  const { field, host } = tracker.box;
  const hint = (element: Element) => element.getAttribute('enterkeyhint')?.toLowerCase() === 'send';
  if (!event.ctrlKey && !event.metaKey && !event.altKey) return hint(field) || hint(host);
  const shortcuts = `${field.getAttribute('aria-keyshortcuts') ?? ''} ${host.getAttribute('aria-keyshortcuts') ?? ''}`;
  return /\b(Control|Meta)\+Enter\b/i.test(shortcuts);
}

function keyInit(event: KeyboardEvent): KeyboardEventInit {
  const { key, code, ctrlKey, metaKey, altKey, shiftKey } = event;
  return { key, code, ctrlKey, metaKey, altKey, shiftKey };
}
