import { afterEach, describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { buyerMessages } from '../../../../entrypoints/sellercentral.content/buyer-messages/buyer-messages';
import type { PageSession } from '../../../../entrypoints/sellercentral.content/page/page-session';
import { pageFromUrl } from '../../../../rules/page/page-kind';
import type { PageInfo } from '../../../../utils/protocol';

const LOOKALIKE = 'https://sellercentral.amazon.com.account-check.net/signin';
const SAFE = 'Thanks, the parcel arrived today and everything is fine.';
const THREAT = 'Refund me today or I leave a 1-star review.';

/** A thread as Seller Central draws it: buyer messages `received`, the seller's `sent`. */
function thread(bodies: readonly { from: 'buyer' | 'seller'; text: string; link?: string }[]): Element[] {
  document.body.replaceChildren();
  return bodies.map(({ from, text, link }) => {
    const message = document.createElement('div');
    message.className = `message-component ${from === 'buyer' ? 'received' : 'sent'}`;
    const header = document.createElement('div');
    header.textContent = from === 'buyer' ? 'Jordan Ellis' : 'Acme Tools';
    const body = document.createElement('div');
    body.className = 'message-body-text';
    body.append(text);
    if (link) {
      const anchor = document.createElement('a');
      anchor.href = link;
      anchor.textContent = link;
      body.append(' ', anchor);
    }
    message.append(header, body);
    document.body.append(message);
    return message;
  });
}

let stop = () => undefined as void;
afterEach(() => stop());

/** Start the feature on the current document and hand it the page's reading, as the content script does. */
function start(): void {
  const controller = new AbortController();
  const ctx = new ContentScriptContext('sellercentral');
  const url = new URL('https://sellercentral.amazon.com/messaging/inbox?fi=ALL&cc=7c1e5a2b-3f4d-4c8e-9a6b-1d2e3f4a5b6c');
  let listener: ((info: PageInfo) => void) | null = null;
  const session: PageSession = {
    ctx, signal: controller.signal, url, address: pageFromUrl(url), current: () => null,
    readNow: async () => null,
    onPageInfo: (next) => {
      listener = next;
    },
  };
  void buyerMessages.start(session);
  stop = () => {
    controller.abort();
    ctx.abort();
  };
  listener!({ buyerName: 'Jordan Ellis', buyerProxyEmail: null, orderIds: [] } as unknown as PageInfo);
}

const markerOf = (message: Element) => message.querySelector('seller-guard-buyer-risk');
const alertOf = (message: Element) => markerOf(message)?.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '';
const POLL = { timeout: 15_000, interval: 50 };

/** The agent's own click (trusted, as tests/unit/content/trusted-click.ts explains), returned to inspect. */
function agentClick(element: Element): MouseEvent {
  const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(click, 'isTrusted', { value: true });
  element.dispatchEvent(click);
  return click;
}

describe('risky buyer messages on a long thread', () => {
  it('eventually assesses every buyer message, marks the risky ones and nothing else', async () => {
    const bodies = Array.from({ length: 60 }, (_, i) =>
      i % 3 === 0 ? { from: 'buyer' as const, text: 'Please sign in:', link: LOOKALIKE }
      : i % 3 === 1 ? { from: 'buyer' as const, text: i % 2 ? THREAT : SAFE }
      : { from: 'seller' as const, text: 'Sign in at', link: LOOKALIKE });
    const messages = thread(bodies);
    start();
    const risky = messages.filter((_, i) => i % 3 === 0 || (i % 3 === 1 && i % 2 === 1));
    await expect.poll(() => risky.filter((m) => alertOf(m)).length, POLL).toBe(risky.length);
    for (const [i, message] of messages.entries()) {
      if (i % 3 === 0) expect(alertOf(message)).toContain('Fake Amazon link');
      if (risky.includes(message)) continue;
      // Safe buyer messages and the seller's own messages get no marker.
      expect(markerOf(message)).toBeNull();
    }
    // The marker sits right after the buyer's text, which stays as written.
    expect(markerOf(messages[0]!)!.previousElementSibling?.className).toBe('message-body-text');
    expect(messages[0]!.querySelector('.message-body-text')!.textContent).toBe(`Please sign in: ${LOOKALIKE}`);
  });

  it('a click on a link the scan has not reached yet is assessed on the click and stopped', async () => {
    const bodies = [
      ...Array.from({ length: 80 }, () => ({ from: 'buyer' as const, text: SAFE })),
      { from: 'buyer' as const, text: 'Please sign in:', link: LOOKALIKE },
    ];
    const messages = thread(bodies);
    start();
    const last = messages.at(-1)!;
    // Nothing is assessed yet: the scan starts once the engine has warmed up, in later tasks.
    expect(markerOf(last)).toBeNull();
    expect(agentClick(last.querySelector('a')!).defaultPrevented).toBe(true);
    await expect.poll(() => markerOf(last)?.shadowRoot?.querySelector('.sg-br-warning')?.textContent ?? '', POLL).toContain(
      'sellercentral.amazon.com.account-check.net',
    );
    expect(alertOf(last)).toContain('Fake Amazon link');
  });

  it('a click on a safe message before the scan reaches it is left alone', () => {
    const messages = thread([{ from: 'buyer', text: 'My order page:', link: 'https://www.amazon.com/gp/your-account/order-history' }]);
    start();
    // (happy-dom would follow the link: the page's own handler keeps it in place.)
    messages[0]!.querySelector('a')!.addEventListener('click', (event) => event.preventDefault(), { once: true });
    let reachedPage = false;
    document.addEventListener('click', () => (reachedPage = true), { once: true });
    agentClick(messages[0]!.querySelector('a')!);
    expect(reachedPage).toBe(true);
  });

  it('stops assessing when the page session ends', async () => {
    const messages = thread(Array.from({ length: 40 }, () => ({ from: 'buyer' as const, text: 'Please sign in:', link: LOOKALIKE })));
    start();
    stop();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(messages.filter((m) => markerOf(m)).length).toBe(0);
  });
});
