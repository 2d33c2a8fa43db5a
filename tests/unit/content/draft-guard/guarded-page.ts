import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { draftGuard } from '../../../../entrypoints/sellercentral.content/draft-guard/draft-guard';
import type { PageSession } from '../../../../entrypoints/sellercentral.content/page/page-session';
import { pageFromUrl } from '../../../../rules/page/page-kind';

/** Let observers, debounced analysis (120 ms) and UI mounting run. */
export const settle = (ms = 200) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The real draft guard started on the current `document`, as the content script starts it
 * on a contact page. `stop()` ends the page session (removes every listener and our UI).
 */
export async function startGuard(): Promise<{ stop(): void }> {
  const controller = new AbortController();
  const ctx = new ContentScriptContext('sellercentral');
  const url = new URL('https://sellercentral.amazon.de/messaging/contact?orderID=302-1234567-7654321&marketplaceID=A1PA6795UKMFR9');
  const session: PageSession = {
    ctx,
    signal: controller.signal,
    url,
    address: pageFromUrl(url),
    current: () => null,
    readNow: async () => null,
    onPageInfo: () => undefined,
  };
  await draftGuard.start(session);
  return {
    stop() {
      controller.abort();
      ctx.abort();
    },
  };
}

/** Type `text` into a field as the agent would (value set, then an input event). */
export function type(field: HTMLElement, text: string): void {
  if (field instanceof HTMLTextAreaElement) field.value = text;
  else field.textContent = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Click `control` the way a pointer does; true when the page's own handler saw it. */
export function click(control: Element): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  control.dispatchEvent(event);
  return event;
}

/** Seller Guard's own UI elements of `name` (shadow hosts) now in the page, across shadow roots. */
export function ownUi(name: string): Element[] {
  return [...document.querySelectorAll(name)];
}

/** The "Send stopped" dialog the guard shows, or null. */
export const guardDialog = (): Element | null =>
  document.querySelector('seller-guard-draft-dialog')?.shadowRoot?.querySelector('[role="alertdialog"]') ?? null;
