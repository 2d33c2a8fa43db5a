import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../../entrypoints/sellercentral.content/page/detect-page';
import { readPage } from '../../../../entrypoints/sellercentral.content/page/read-page';
import { page } from '../drift-page';

/**
 * Page detection when routes or markup drift: older or renamed routes, pages without
 * data-test-ids. A dashboard that merely links to an order is not that order's page.
 */
const ORDER_FR = `
  <div class="od"><div><span>Numéro de commande :</span> <span>402-5512093-1184420</span></div>
  <div><span>Contacter l’acheteur :</span> <a href="/messaging/contact?orderID=402-5512093-1184420">Camille Dubois</a></div></div>`;
const GRID_DE = `
  <div role="grid">
    <div role="row"><div role="gridcell"><a href="/orders-v3/order/306-4419820-1175563">306-4419820-1175563</a></div><div role="gridcell">Nicht versandt</div></div>
    <div role="row"><div role="gridcell"><a href="/orders-v3/order/306-5520931-2286674">306-5520931-2286674</a></div><div role="gridcell">Versandt</div></div>
  </div>`;
const DASHBOARD = `
  <h2>Aktuelle Bestellungen</h2><p>Neueste: <a href="/orders-v3/order/306-4419820-1175563">306-4419820-1175563</a></p>`;

describe('detectPage on drifted routes and markup', () => {
  it.each([
    ['older order route', 'https://sellercentral.amazon.de/gp/orders-v2/details?ie=UTF8&orderID=302-1938475-6647382', '<p>Bestellung</p>', 'order-details', '302-1938475-6647382'],
    ['renamed order route, page shows that order', 'https://sellercentral.amazon.fr/order-details/402-5512093-1184420', ORDER_FR, 'order-details', '402-5512093-1184420'],
    ['renamed list route, a grid of order rows', 'https://sellercentral.amazon.de/orders-v4/unshipped', GRID_DE, 'order-list', null],
    ['renamed thread route with a case id', 'https://sellercentral.amazon.com.br/messaging/thread?cc=0a1b2c3d-4e5f', '<main></main>', 'message-thread', null],
    ['dashboard linking to one order', 'https://sellercentral.amazon.de/home', DASHBOARD, 'other', null],
    ['unknown page naming an order it does not show', 'https://sellercentral.amazon.fr/returns/402-5512093-1184420', '<p>Retours</p>', 'other', null],
    ['return page labelling the order it names', 'https://sellercentral.amazon.fr/returns/402-5512093-1184420', '<p>Numéro de commande : 402-5512093-1184420</p>', 'other', null],
    ['return page linking to the order it names', 'https://sellercentral.amazon.fr/returns/402-5512093-1184420', '<p>Retour de <a href="/orders-v3/order/402-5512093-1184420">402-5512093-1184420</a></p>', 'other', null],
  ])('%s', (_name, href, html, kind, orderId) => {
    const address = detectPage(page(html), new URL(href));
    expect({ kind: address.kind, orderId: address.orderId }).toEqual({ kind, orderId });
  });

  it('reads a detected drifted order page as ready, with its buyer', () => {
    const url = new URL('https://sellercentral.amazon.fr/order-details/402-5512093-1184420');
    const doc = page(ORDER_FR);
    const info = readPage(doc, url, detectPage(doc, url), {});
    expect(info).toMatchObject({ kind: 'order-details', orderId: '402-5512093-1184420', buyerName: 'Camille Dubois', marketplace: 'FR', ready: true });
    expect(info.missing).toContain('buyerProxyEmail');
    expect(info.missing).not.toContain('buyerName');
  });
});
