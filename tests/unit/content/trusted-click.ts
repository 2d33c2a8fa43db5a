/**
 * The agent's own click, for unit tests. happy-dom marks no event as trusted (`isTrusted` is
 * not even set), exactly as a page script's `click()` or `dispatchEvent` is untrusted in
 * Chromium; this stands in for the real mouse or keyboard, which Chromium marks trusted.
 */
export function trustedClick(element: Element): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}

/** What a page script can do: an untrusted click, as `click()` and `dispatchEvent` give. */
export function scriptClicks(element: HTMLElement): void {
  element.click();
  element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
  element.closest('form')?.requestSubmit();
}
