import { afterAll, describe, expect, it } from 'vitest';
import { readPage } from '../../../../entrypoints/sellercentral.content/page/read-page';
import { pageFromUrl } from '../../../../rules/page/page-kind';
import { closeFixtures, loadFixture } from '../../../fixtures/load';
import { FIXTURE_URLS } from '../../../fixtures/site';

afterAll(() => closeFixtures());

const read = (doc: Document, href: string, json = {}) => {
  const url = new URL(href);
  return readPage(doc, url, pageFromUrl(url), json);
};

describe('readPage', () => {
  it('takes the proxy email from Seller Central JSON when the page does not show it', async () => {
    const doc = await loadFixture(FIXTURE_URLS.orderUs);
    const withoutJson = read(doc, FIXTURE_URLS.orderUs);
    expect(withoutJson.buyerProxyEmail).toBeNull();
    expect(withoutJson.missing).toContain('buyerProxyEmail');

    const info = read(doc, FIXTURE_URLS.orderUs, { buyerProxyEmail: 'k3m9xq2vbw7hty4@marketplace.amazon.com' });
    expect(info).toMatchObject({
      kind: 'order-details',
      orderId: '112-4837261-5938217',
      buyerName: 'Jordan Ellis',
      buyerProxyEmail: 'k3m9xq2vbw7hty4@marketplace.amazon.com',
      marketplace: 'US',
      ready: true,
    });
    expect(info.missing).not.toContain('buyerProxyEmail');
  });

  it('does not report the previous order while the SPA has not re-rendered yet', async () => {
    const doc = await loadFixture(FIXTURE_URLS.orderUs);
    const info = read(doc, FIXTURE_URLS.orderUsFba);
    expect(info).toMatchObject({ orderId: '113-9051746-2283901', buyerName: null, ready: false });
  });

  it('lists every order id of an order list page', async () => {
    const doc = await loadFixture(FIXTURE_URLS.orderListUs);
    const info = read(doc, FIXTURE_URLS.orderListUs);
    expect(info.kind).toBe('order-list');
    expect(info.orderIds).toHaveLength(6);
    expect(info.orderIds).toContain('114-8830192-0047718');
  });
});
