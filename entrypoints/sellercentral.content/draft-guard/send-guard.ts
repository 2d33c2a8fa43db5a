import type { DraftTracker } from './draft-tracker';
import { isOwnUi } from '../page/own-ui';
import { findSendControl } from './send-buttons';
import { decideSend, type DraftCheck } from './send-decision';
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
 * Stop a Send whose draft has a `block` finding, before the page sees it: a capture-phase
 * listener on the window (the first listener any event reaches) for clicks on a Send
 * control (also the "Review message" confirmation), Enter or Space on a Send drawn as
 * `role="button"`, Enter in a field that sends on Enter,
 * and submission of a reply's form (unless its submit button says it does something else). Anything else, and every draft without a `block` finding, passes
 * untouched.
 */
export function guardSend(win: Window, signal: AbortSignal, options: SendGuardOptions): void {
  let bypass: EventTarget | null = null;

  const stop = (event: Event, tracker: DraftTracker, resendOn: EventTarget, resend: () => void) => {
    const check = tracker.checkNow();
    if (decideSend(check, tracker.overriddenText) === 'pass') return;
    event.preventDefault();
    event.stopImmediatePropagation();
    options.onStopped(tracker, check, () => {
      bypass = resendOn;
      try {
        resend();
      } finally {
        bypass = null;
      }
    });
  };
  const bypassed = (event: Event) => bypass !== null && event.composedPath().includes(bypass);

  const onClick = (event: MouseEvent) => {
    if (bypassed(event)) return;
    const control = findSendControl(event.composedPath());
    if (!control) return;
    const tracker = pickReplyBox(control.element, options.trackers());
    if (tracker) stop(event, tracker, control.element, () => control.element.click());
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing || bypassed(event)) return;
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
    if (!(form instanceof HTMLFormElement) || isOwnUi(form) || bypassed(event)) return;
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
