import { labelsOf } from './control-labels';
import { isOwnUi } from '../page/own-ui';
import { isSendLabel } from './send-labels';
import { SELECTORS } from '../readers/page-vocabulary';

export { isSendLabel, SEND_LABELS } from './send-labels';

interface SendControl {
  /** The element the click reached first among button-like ones (re-clicked after an override). */
  element: HTMLElement;
  /** The outermost button-like element in the light DOM chain (e.g. the `kat-button` host). */
  outer: Element;
}

/**
 * The Send control an event went through, from its composed path (so a click on the
 * `<button>` inside a `kat-button`'s shadow root is found), or null. Events that passed
 * through Seller Guard's own UI never count: our "Send anyway" is not the page's Send.
 */
export function findSendControl(path: readonly EventTarget[]): SendControl | null {
  if (path.some((target) => target instanceof Node && isOwnUi(target))) return null;
  let inner: HTMLElement | null = null;
  let outer: Element | null = null;
  let matched = false;
  for (const target of path) {
    if (!(target instanceof HTMLElement) || !target.matches(SELECTORS.buttonLike)) continue;
    if (isDisabled(target)) return null;
    inner ??= target;
    outer = target;
    if (labelsOf(target).some(isSendLabel)) matched = true;
  }
  return matched && inner && outer ? { element: inner, outer } : null;
}

function isDisabled(element: HTMLElement): boolean {
  return element.hasAttribute('disabled') || element.getAttribute('aria-disabled') === 'true';
}
