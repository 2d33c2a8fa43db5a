import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { isLoading, partsNotShown } from '../../../../entrypoints/sellercentral.content/capture/expected-parts';
import { detectPage } from '../../../../entrypoints/sellercentral.content/page/detect-page';
import { closeFixtures, loadFixture } from '../../../fixtures/load';
import { mount, shadowHost } from '../draft-guard/dom';
import { FIXTURE_URLS, type FixturePage } from '../../../fixtures/site';

afterAll(closeFixtures);

const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures/pages');

/** A fixture page, its URL and the kind Seller Guard detects there, after `change` (if any). */
async function page(name: FixturePage, change?: (doc: Document) => void) {
  const doc = await loadFixture(FIXTURE_URLS[name]);
  change?.(doc);
  const url = new URL(FIXTURE_URLS[name]);
  return { doc, url, kind: detectPage(doc, url).kind };
}
const remove = (selector: string) => (doc: Document) => doc.querySelectorAll(selector).forEach((element) => element.remove());

describe('the parts a capture waits for', () => {
  it.each(['orderUs', 'orderDe', 'orderJp', 'threadUs', 'threadDe', 'contactUs', 'orderListUs'] as const)(
    '%s, fully drawn, shows every part its reader needs',
    async (name) => {
      const { doc, url, kind } = await page(name);
      expect(partsNotShown(doc, url, kind)).toEqual([]);
      expect(isLoading(doc)).toBe(false);
    },
  );

  it.each([
    ['a thread whose order panel still spins', 'threadUs', (doc: Document) => doc.querySelector('.order-side-panel')!.replaceChildren(doc.createElement('kat-spinner')), ['orderPanel']],
    ['a thread without its order panel', 'threadUs', remove('.order-side-panel'), ['orderPanel']],
    ['a thread before its messages', 'threadUs', remove('.message-component'), ['messages']],
    ['an order page before its items', 'orderUs', remove('table.a-keyvalue'), ['items']],
    ['an order list before its rows', 'orderListUs', remove('#orders-table tbody > tr'), ['rows']],
    ['a contact page before its message field', 'contactUs', remove('kat-textarea, textarea, .contact-buyer-text-area'), ['messageField']],
  ] as const)('%s (%s) misses %j', async (_label, name, change, expected) => {
    const { doc, url, kind } = await page(name, change);
    expect(partsNotShown(doc, url, kind)).toEqual(expected);
  });

  it('a thread caught mid-load (hand-written) misses its order panel and shows something loading', () => {
    const doc = new DOMParser().parseFromString(readFileSync(join(PAGES_DIR, 'loading.html'), 'utf8'), 'text/html');
    expect(partsNotShown(doc, new URL(FIXTURE_URLS.threadUs), 'message-thread')).toEqual(['orderPanel']);
    expect(isLoading(doc)).toBe(true);
  });

  it("Seller Guard's own busy UI is not the page loading", () => {
    const page = mount('<div data-seller-guard aria-busy="true"></div>');
    page.append(shadowHost('seller-guard-capture', '<kat-spinner></kat-spinner>'));
    expect(isLoading(document)).toBe(false);
    page.append(document.createElement('kat-spinner'));
    expect(isLoading(document)).toBe(true);
  });
});
