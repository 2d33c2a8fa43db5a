import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { settleBeforeCapture } from '../../../../entrypoints/sellercentral.content/capture/settle-before-capture';
import { closeFixtures, loadFixture } from '../../../fixtures/load';
import { FIXTURE_URLS } from '../../../fixtures/site';

const URL_OF_THREAD = new URL(FIXTURE_URLS.threadUs);
const ASIN = 'B0C7Q2ZK4M';
let thread: Document;

beforeAll(async () => {
  thread = await loadFixture(FIXTURE_URLS.threadUs);
});
afterAll(closeFixtures);

const panel = () => document.querySelector('.order-side-panel')!;
let loadedPanel: Node[] = [];
beforeEach(() => {
  // The fixture app's thread, fully drawn, copied into the test's own document.
  document.body.replaceChildren(...[...thread.body.childNodes].map((node) => document.importNode(node, true)));
  loadedPanel = [...panel().childNodes];
});

/** The order panel as Seller Central shows it while its order loads: heading and spinner. */
function panelLoading(): void {
  const heading = document.createElement('h3');
  heading.textContent = 'Order';
  panel().replaceChildren(heading, document.createElement('kat-spinner'));
}
const panelLoaded = () => panel().replaceChildren(...loadedPanel);
const later = (ms: number, change: () => void) => setTimeout(change, ms);
const settle = (options: Parameters<typeof settleBeforeCapture>[3] = {}) =>
  settleBeforeCapture(document, URL_OF_THREAD, 'message-thread', options);

describe('a capture waits until the page has finished showing its parts', () => {
  it('does not wait when every part already shows', async () => {
    expect(panel().textContent).toContain(ASIN);
    let result: string[] | undefined;
    void settle({ maxMs: 60_000 }).then((parts) => (result = parts));
    await Promise.resolve();
    await Promise.resolve();
    expect(result).toEqual([]);
  });

  it('waits for an order panel that loads after the messages, past a quiet spell, and then sees its ASIN', async () => {
    panelLoading();
    later(250, panelLoaded);
    const parts = await settle({ maxMs: 60_000, quietMs: 50 });
    expect(parts).toEqual([]);
    expect(panel().textContent).toContain(ASIN);
  });

  it('gives up after its bound and names the part that was still loading', async () => {
    panelLoading();
    expect(await settle({ maxMs: 200, quietMs: 50 })).toEqual(['orderPanel']);
  });

  it.each([
    ['no order panel at all', () => panel().remove()],
    ['an order panel that shows no order', () => panel().replaceChildren('Order')],
  ])('a page that has gone quiet with nothing loading is captured as it is (%s)', async (_label, change) => {
    change();
    expect(await settle({ maxMs: 60_000, quietMs: 50 })).toEqual([]);
  });

  it("ignores Seller Guard's own UI changing (it would keep the page from ever being quiet)", async () => {
    panel().remove();
    const own = document.createElement('div');
    own.setAttribute('data-seller-guard', '');
    document.body.append(own);
    const ticking = setInterval(() => (own.textContent = String(Date.now())), 10);
    try {
      expect(await settle({ maxMs: 5_000, quietMs: 100 })).toEqual([]);
    } finally {
      clearInterval(ticking);
    }
  });

  it('stops waiting when the page goes away, naming what had not loaded', async () => {
    panelLoading();
    const page = new AbortController();
    later(50, () => page.abort());
    expect(await settle({ signal: page.signal, maxMs: 60_000, quietMs: 20 })).toEqual(['orderPanel']);
  });
});
