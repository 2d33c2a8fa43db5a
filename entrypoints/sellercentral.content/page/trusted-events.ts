/**
 * Seller Guard's in-page UI lives in open shadow roots, so a script on the page (an XSS on
 * Seller Central, a hostile extension) can reach its buttons and call `click()` or dispatch
 * events on them. Every in-page action that writes (capture, watchlist add, "Send anyway",
 * template insert) or reveals (the watchlist banner's notes) therefore runs only for events
 * the agent caused. `isTrusted` is true for a real click and for keyboard activation (Enter or
 * Space on a focused button, Enter in a form field, which clicks the form's submit button),
 * and false for `element.click()`, `requestSubmit()` and `dispatchEvent` from a script.
 *
 * A form that writes does its work in its submit button's trusted click, never in `submit`:
 * a `submit` event is trusted even when a page script caused it with `requestSubmit()`.
 */
export function onTrusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted !== true) {
      event.preventDefault();
      return;
    }
    handler(event);
  };
}

/** A form's `onSubmit`: the submission never leaves the page (the trusted click did the work). */
export function keepSubmitInPage(event: Event): void {
  event.preventDefault();
}
