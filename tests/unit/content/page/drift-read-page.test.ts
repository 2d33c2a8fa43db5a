import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../../entrypoints/sellercentral.content/page/detect-page';
import { readPage } from '../../../../entrypoints/sellercentral.content/page/read-page';
import { page } from '../drift-page';

/**
 * "Ready" means the page shows what it is about: Seller Central renders after load, and
 * automatic captures and the reader-health list wait for ready.
 */
const read = (html: string, href: string) => {
  const url = new URL(href);
  const doc = page(html);
  return readPage(doc, url, detectPage(doc, url), {});
};

describe('readPage readiness on SPA-rendered and drifted pages', () => {
  it.each([
    {
      name: 'order page still showing its spinner: the URL alone is not a rendered order',
      href: 'https://sellercentral.amazon.de/orders-v3/order/302-1938475-6647382',
      html: '<div id="MYO-app"><div class="a-spinner-wrapper"><span>Wird geladen …</span></div></div>',
      expected: { kind: 'order-details', orderId: '302-1938475-6647382', ready: false },
    },
    {
      name: 'order page whose summary is drawn in a Katal shadow root',
      href: 'https://sellercentral.amazon.co.jp/orders-v3/order/503-2847561-9023311',
      html: '<div id="MYO-app"><kat-box><template shadow><div>注文番号：503-2847561-9023311</div></template></kat-box></div>',
      expected: { kind: 'order-details', orderId: '503-2847561-9023311', ready: true },
    },
    {
      name: 'contact page whose heading names no buyer: rendered, the name reported missing',
      href: 'https://sellercentral.amazon.com/messaging/contact?orderID=111-2223334-4445556&marketplaceID=ATVPDKIKX0DER',
      html: '<div class="ayb-contact-buyer-header"><h2>Send a message to the buyer</h2></div><div class="contact-buyer-text-area"><kat-textarea></kat-textarea></div>',
      expected: { kind: 'contact-buyer', orderId: '111-2223334-4445556', buyerName: null, ready: true },
    },
    {
      name: 'contact page still loading',
      href: 'https://sellercentral.amazon.com/messaging/contact?orderID=111-2223334-4445556&marketplaceID=ATVPDKIKX0DER',
      html: '<div class="a-spinner-wrapper"></div>',
      expected: { kind: 'contact-buyer', orderId: '111-2223334-4445556', buyerName: null, ready: false },
    },
  ])('$name', ({ href, html, expected }) => {
    expect(read(html, href)).toMatchObject(expected);
  });

  it('reports a missing buyer name once the contact page has rendered', () => {
    const info = read(
      '<div class="ayb-contact-buyer-header"><h2>Nachricht an den Käufer senden</h2></div><kat-textarea></kat-textarea>',
      'https://sellercentral.amazon.de/messaging/contact?orderID=302-1938475-6647382&marketplaceID=A1PA6795UKMFR9',
    );
    expect(info).toMatchObject({ buyerName: null, ready: true });
    expect(info.missing).toContain('buyerName');
  });
});
