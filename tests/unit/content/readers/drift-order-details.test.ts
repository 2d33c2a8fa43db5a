import { describe, expect, it } from 'vitest';
import { readOrderDetails } from '../../../../entrypoints/sellercentral.content/readers/order-details';
import type { OrderDetails } from '../../../../rules/page/page-data';
import { page } from '../drift-page';

/**
 * Order details pages nobody wrote a fixture for: other marketplaces and languages, and layouts
 * that drifted from SELLER-CENTRAL.md (no data-test-ids, `<dt>/<dd>`, div items, shadow roots,
 * header-row shipment tables). Missing is acceptable; a wrong value never is.
 */
interface Case {
  name: string;
  url: string;
  html: string;
  expected: Partial<OrderDetails>;
  missing: string[];
}

const CASES: Case[] = [
  {
    name: 'amazon.de, <dl> labels, no data-test-ids, "Käufer kontaktieren" also a kat-button, a "send message" link first',
    url: 'https://sellercentral.amazon.de/orders-v3/order/302-1938475-6647382',
    html: `
      <div id="MYO-app"><div class="od-v4">
        <div class="actions">
          <div><kat-button variant="secondary"><template shadow><button class="button"><span>Käufer kontaktieren</span></button></template></kat-button></div>
          <div><kat-button variant="secondary"><template shadow><button class="button"><span>Rückerstattung veranlassen</span></button></template></kat-button></div>
          <div><a class="a-button-text" href="/messaging/contact?orderID=302-1938475-6647382&amp;marketplaceID=A1PA6795UKMFR9">Nachricht an Käufer senden</a></div>
        </div>
        <h1>Bestelldetails</h1>
        <dl class="summary">
          <dt>Bestellnummer:</dt><dd><span dir="ltr">302-1938475-6647382</span></dd>
          <dt>Kaufdatum:</dt><dd>So., 2. Nov. 2025, 15:20 MEZ</dd>
          <dt>Bestellstatus:</dt><dd>Versandt</dd>
          <dt>Versanddienst:</dt><dd>Standardversand</dd>
          <dt>Versand durch:</dt><dd>Verkäufer</dd>
          <dt>Verkaufskanal:</dt><dd>Amazon.de</dd>
        </dl>
        <section><h3>Versandadresse</h3>
          <div><span>Lukas Schäfer</span><br><span>Hauptstraße 5</span><br><span>10115 Berlin</span><br><span>Deutschland</span></div>
          <dl><dt>Käufer kontaktieren:</dt><dd><a href="/messaging/contact?orderID=302-1938475-6647382&amp;marketplaceID=A1PA6795UKMFR9">Lukas Schäfer</a></dd></dl>
        </section>
        <table class="items"><thead><tr><th>Status</th><th>Bild</th><th>Produktname</th><th>Weitere Informationen</th><th>Menge</th><th>Stückpreis</th></tr></thead>
          <tbody><tr><td>Versandt</td><td><img alt=""></td>
            <td><a href="https://www.amazon.de/dp/B0C7Q2ZK4M">Edelstahl-Trinkflasche 1 l</a><div>ASIN: B0C7Q2ZK4M</div><div>SKU: 4006381333</div></td>
            <td>Zustand: Neu<br>Bestellpositions-ID: 12345678901234</td><td>2</td><td>19,99 €</td></tr></tbody></table>
        <div class="packages"><div class="pkg"><dl>
          <dt>Versanddatum</dt><dd>03.11.2025</dd><dt>Versandunternehmen</dt><dd>DHL</dd><dt>Sendungsnummer</dt><dd>00340434161094042557</dd>
        </dl></div></div>
      </div></div>`,
    expected: {
      orderId: '302-1938475-6647382',
      marketplace: 'DE',
      orderDate: 'So., 2. Nov. 2025, 15:20 MEZ',
      status: 'Versandt',
      fulfillmentChannel: 'FBM',
      buyerName: 'Lukas Schäfer',
      shippingService: 'Standardversand',
      items: [{ asin: 'B0C7Q2ZK4M', sku: '4006381333', title: 'Edelstahl-Trinkflasche 1 l', quantity: 2 }],
      tracking: [{ carrier: 'DHL', trackingId: '00340434161094042557', status: null, date: '03.11.2025' }],
    },
    missing: ['buyerProxyEmail'],
  },
  {
    name: 'amazon.fr, typographic apostrophes and " :", shipments as a header-row table',
    url: 'https://sellercentral.amazon.fr/orders-v3/order/402-5512093-1184420',
    html: `
      <div id="MYO-app">
        <div class="hdr"><span>Numéro de commande :</span> <span>402-5512093-1184420</span></div>
        <div class="row"><span>Date d’achat :</span> <span>lun. 3 nov. 2025, 10:02 CET</span></div>
        <div class="row"><span>Statut de la commande :</span> <span>Expédiée</span></div>
        <div class="row"><span>Expédié par :</span> <span>Amazon</span></div>
        <div class="row"><span>Contacter l’acheteur :</span> <a href="/messaging/contact?orderID=402-5512093-1184420">Camille Dubois</a></div>
        <table><tr><th>Produit</th><th>Quantité</th></tr>
          <tr><td><a href="https://www.amazon.fr/dp/B0D1X8RT5P">Boîte à lunch en inox</a><br>ASIN : B0D1X8RT5P<br>SKU : NW-LNB-CHR</td><td>1</td></tr></table>
        <h3>Expéditions</h3>
        <table class="shipments">
          <tr><th>Date d’expédition</th><th>Transporteur</th><th>Numéro de suivi</th></tr>
          <tr><td>04/11/2025</td><td>Colissimo</td><td>6A12345678901</td></tr>
          <tr><td>05/11/2025</td><td>Chronopost</td><td>XY123456789FR</td></tr>
        </table>
      </div>`,
    expected: {
      orderId: '402-5512093-1184420',
      marketplace: 'FR',
      orderDate: 'lun. 3 nov. 2025, 10:02 CET',
      status: 'Expédiée',
      fulfillmentChannel: 'FBA',
      buyerName: 'Camille Dubois',
      items: [{ asin: 'B0D1X8RT5P', sku: 'NW-LNB-CHR', title: 'Boîte à lunch en inox', quantity: 1 }],
      tracking: [
        { carrier: 'Colissimo', trackingId: '6A12345678901', status: null, date: '04/11/2025' },
        { carrier: 'Chronopost', trackingId: 'XY123456789FR', status: null, date: '05/11/2025' },
      ],
    },
    missing: ['buyerProxyEmail', 'shippingService'],
  },
  {
    name: 'amazon.co.jp, full-width colons, items as divs, summary inside a kat-box shadow root',
    url: 'https://sellercentral.amazon.co.jp/orders-v3/order/503-2847561-9023311',
    html: `
      <div id="MYO-app">
        <kat-box><template shadow><div class="summary">
          <div>注文番号：<span dir="ltr">503-2847561-9023311</span></div>
          <div>購入日：2025年11月3日(月) 23:45 JST</div>
          <div>配送サービス：通常配送</div>
          <div>出荷元：出品者</div>
        </div></template></kat-box>
        <div><span>購入者に連絡：</span><a href="/messaging/contact?orderID=503-2847561-9023311">山田 太郎</a></div>
        <div class="items">
          <div class="item"><a href="https://www.amazon.co.jp/dp/B0BZ6LQW2N">マグカップ 4個セット</a><div>ASIN：B0BZ6LQW2N</div><div>SKU：NW-MUG-4PK</div><div>数量：3</div></div>
          <div class="item"><a href="https://www.amazon.co.jp/dp/B0C7Q2ZK4M">ステンレスボトル</a><div>ASIN：B0C7Q2ZK4M</div><div>SKU：NW-BTL-32-SLT</div><div>数量：1</div></div>
        </div>
        <div class="pkg"><div>出荷日：2025/11/04</div><div>配送業者：ヤマト運輸</div><div>お問い合わせ伝票番号：4567-8901-2345</div></div>
      </div>`,
    expected: {
      orderId: '503-2847561-9023311',
      marketplace: 'JP',
      orderDate: '2025年11月3日(月) 23:45 JST',
      fulfillmentChannel: 'FBM',
      buyerName: '山田 太郎',
      shippingService: '通常配送',
      items: [
        { asin: 'B0BZ6LQW2N', sku: 'NW-MUG-4PK', title: 'マグカップ 4個セット', quantity: 3 },
        { asin: 'B0C7Q2ZK4M', sku: 'NW-BTL-32-SLT', title: 'ステンレスボトル', quantity: 1 },
      ],
      tracking: [{ carrier: 'ヤマト運輸', trackingId: '4567-8901-2345', status: null, date: '2025/11/04' }],
    },
    missing: ['status', 'buyerProxyEmail'],
  },
  {
    name: 'amazon.com.mx, buyer and tracking not shown yet: labels and dates are not taken as values',
    url: 'https://sellercentral.amazon.com.mx/orders-v3/order/701-4410298-3365012',
    html: `
      <div id="MYO-app">
        <div><span>ID del pedido:</span> <span>701-4410298-3365012</span></div>
        <div><span>Estado del pedido:</span> <span>Pendiente</span></div>
        <div class="buyer"><div>Contactar al comprador:</div><div></div></div>
        <div class="dates"><div>Enviar antes del:</div><div>mié, 5 nov 2025</div></div>
        <div class="pkg"><div>Número de rastreo:</div><div></div></div>
        <div class="pkg-date">2025-11-04</div>
        <div class="pkg-carrier"><div>Paquetería:</div><div>Estafeta</div></div>
      </div>`,
    expected: { orderId: '701-4410298-3365012', marketplace: 'MX', status: 'Pendiente', buyerName: null, tracking: [] },
    missing: ['orderDate', 'fulfillmentChannel', 'buyerName', 'buyerProxyEmail', 'items', 'shippingService', 'tracking'],
  },
  {
    name: 'amazon.com.br in Portuguese',
    url: 'https://sellercentral.amazon.com.br/orders-v3/order/701-8823104-5529031',
    html: `
      <div id="MYO-app">
        <dl>
          <dt>Número do pedido</dt><dd>701-8823104-5529031</dd>
          <dt>Data da compra</dt><dd>seg, 3 de nov de 2025 14:10 BRT</dd>
          <dt>Status do pedido</dt><dd>Enviado</dd>
          <dt>Serviço de envio</dt><dd>Padrão</dd>
          <dt>Enviado por</dt><dd>Vendedor</dd>
          <dt>Entrar em contato com o comprador</dt><dd><a href="/messaging/contact?orderID=701-8823104-5529031">Ana Souza</a></dd>
        </dl>
        <table><tr><th>Produto</th><th>Quantidade</th></tr>
          <tr><td><a href="https://www.amazon.com.br/dp/B0C7Q2ZK4M">Garrafa térmica</a><div>ASIN: B0C7Q2ZK4M</div><div>SKU do vendedor: NW-BTL-32-SLT</div></td><td>2</td></tr></table>
        <div class="pkg"><dl><dt>Transportadora</dt><dd>Correios</dd><dt>Código de rastreamento</dt><dd>BR123456789BR</dd><dt>Data de envio</dt><dd>04/11/2025</dd></dl></div>
      </div>`,
    expected: {
      orderId: '701-8823104-5529031',
      marketplace: 'BR',
      orderDate: 'seg, 3 de nov de 2025 14:10 BRT',
      status: 'Enviado',
      fulfillmentChannel: 'FBM',
      buyerName: 'Ana Souza',
      shippingService: 'Padrão',
      items: [{ asin: 'B0C7Q2ZK4M', sku: 'NW-BTL-32-SLT', title: 'Garrafa térmica', quantity: 2 }],
      tracking: [{ carrier: 'Correios', trackingId: 'BR123456789BR', status: null, date: '04/11/2025' }],
    },
    missing: ['buyerProxyEmail'],
  },
  {
    name: 'drifted US page: two packages without box classes, the second one naming no carrier',
    url: 'https://sellercentral.amazon.com/orders-v3/order/112-4837261-5938217',
    html: `
      <div id="MYO-app">
        <div><span>Order ID:</span> <span>112-4837261-5938217</span></div>
        <div class="pkgs">
          <div><div>Carrier: UPS</div><div>Ship date: Mon, Dec 8, 2025</div><div>Tracking ID: 1Z999AA10123456784</div></div>
          <div><div>Ship date: Tue, Dec 9, 2025</div><div>Tracking ID: 9400111899223847565678</div></div>
        </div>
      </div>`,
    expected: {
      orderId: '112-4837261-5938217',
      tracking: [
        { carrier: 'UPS', trackingId: '1Z999AA10123456784', status: null, date: 'Mon, Dec 8, 2025' },
        { carrier: null, trackingId: '9400111899223847565678', status: null, date: 'Tue, Dec 9, 2025' },
      ],
    },
    missing: [
      'orderDate', 'status', 'fulfillmentChannel', 'buyerName', 'buyerProxyEmail', 'items', 'shippingService',
    ],
  },
  {
    name: 'amazon.com, data-testid instead of data-test-id and no labels at all',
    url: 'https://sellercentral.amazon.com/orders-v3/order/112-4837261-5938217',
    html: `
      <div id="MYO-app">
        <h1><span data-testid="order-id-value">112-4837261-5938217</span></h1>
        <div><span data-testid="order-summary-purchase-date-value">Thu, Dec 4, 2025</span> · <span data-testid="order-summary-shipping-service-value">Standard</span>
          · <span data-testid="order-summary-fulfillment-channel-value">Seller</span></div>
        <div><a data-testid="buyer-name-with-link" href="#contact">Jordan Ellis</a></div>
        <div class="shipment"><span data-testid="tracking-id-value">9400111899223847561234</span></div>
      </div>`,
    expected: {
      orderId: '112-4837261-5938217',
      orderDate: 'Thu, Dec 4, 2025',
      shippingService: 'Standard',
      fulfillmentChannel: 'FBM',
      buyerName: 'Jordan Ellis',
      tracking: [{ carrier: null, trackingId: '9400111899223847561234', status: null, date: null }],
    },
    missing: ['status', 'buyerProxyEmail', 'items'],
  },
];

describe('readOrderDetails on drifted and other-language pages', () => {
  it.each(CASES)('$name', ({ url, html, expected, missing }) => {
    const { data, missing: reported } = readOrderDetails(page(html), url);
    expect(data).toMatchObject(expected);
    expect([...reported].sort()).toEqual([...missing].sort());
  });
});
