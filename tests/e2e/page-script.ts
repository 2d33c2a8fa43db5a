import type { Page } from 'playwright-core';

/**
 * What a script on Seller Central (an XSS, a hostile extension) can do to Seller Guard's UI:
 * reach the open shadow root of `host` from the page's own world and press the button named
 * `name` with `click()`, a dispatched click and, for a submit button, `requestSubmit()`. Those
 * events are untrusted. Resolves once the page has had a turn to react; false when there was
 * no such button (the feature was not there to press, so nothing would be proven).
 */
export function pressFromPageScript(page: Page, host: string, name: string): Promise<boolean> {
  return page.evaluate(
    async ({ host, name }) => {
      const root = document.querySelector(host)?.shadowRoot;
      const button = [...(root?.querySelectorAll('button') ?? [])].find((candidate) => candidate.textContent?.trim() === name);
      if (!button) return false;
      button.click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
      if (button.type === 'submit') button.form?.requestSubmit(button);
      await new Promise((resolve) => setTimeout(resolve, 0));
      return true;
    },
    { host, name },
  );
}
