import { afterAll, describe, expect, it } from 'vitest';
import { fulfillmentChannelOf, readOrderDetails } from '../../../../entrypoints/sellercentral.content/readers/order-details';
import { closeFixtures, driftLayout, loadFixture } from '../../../fixtures/load';
import { FIXTURE_URLS, fixtureResponse, type FixturePage } from '../../../fixtures/site';

afterAll(closeFixtures);

interface Expected {
  page: FixturePage;
  orderId: string;
  marketplace: string;
  orderDate: string;
  status: string;
  fulfillmentChannel: 'FBA' | 'FBM';
  buyerName: string | null;
  shippingService: string;
  asins: string[];
  skus: string[];
  quantities: number[];
  tracking: Array<{ carrier: string; trackingId: string; status: string; date: string }>;
  missing: string[];
}

const PAGES: Expected[] = [
  {
    page: 'orderUs',
    orderId: '112-4837261-5938217',
    marketplace: 'US',
    orderDate: 'Thu, Dec 4, 2025',
    status: 'Shipped',
    fulfillmentChannel: 'FBM',
    buyerName: 'Jordan Ellis',
    shippingService: 'Standard',
    asins: ['B0C7Q2ZK4M', 'B0D1X8RT5P'],
    skus: ['NW-BTL-32-SLT', 'NW-LNB-CHR'],
    quantities: [2, 1],
    tracking: [
      { carrier: 'USPS', trackingId: '9400111899223847561234', status: 'Delivered', date: 'Mon, Dec 8, 2025' },
      { carrier: 'USPS', trackingId: '9400111899223847565678', status: 'In transit', date: 'Tue, Dec 9, 2025' },
    ],
    missing: ['buyerProxyEmail'],
  },
  {
    page: 'orderUsFba',
    orderId: '113-9051746-2283901',
    marketplace: 'US',
    orderDate: 'Fri, Nov 21, 2025',
    status: 'Shipped',
    fulfillmentChannel: 'FBA',
    buyerName: 'Jordan Ellis',
    shippingService: 'Expedited',
    asins: ['B0BZ6LQW2N'],
    skus: ['NW-MUG-4PK'],
    quantities: [1],
    tracking: [{ carrier: 'Amazon Logistics', trackingId: 'TBA304958671000', status: 'Delivered', date: 'Mon, Nov 24, 2025' }],
    missing: ['buyerProxyEmail'],
  },
  {
    page: 'orderUsGenericBuyer',
    orderId: '114-2209384-7761045',
    marketplace: 'US',
    orderDate: 'Tue, Dec 9, 2025',
    status: 'Unshipped',
    fulfillmentChannel: 'FBM',
    buyerName: 'Amazon Customer',
    shippingService: 'Standard',
    asins: ['B0C7Q2ZK4M'],
    skus: ['NW-BTL-32-SLT'],
    quantities: [1],
    tracking: [],
    missing: ['buyerProxyEmail', 'tracking'],
  },
  {
    // The page shows no buyer and a shipment whose tracking id is "—": both reported, none invented.
    page: 'orderUsMissingFields',
    orderId: '111-6620917-3348250',
    marketplace: 'US',
    orderDate: 'Mon, Dec 1, 2025',
    status: 'Shipped',
    fulfillmentChannel: 'FBM',
    buyerName: null,
    shippingService: 'Standard',
    asins: ['B0D1X8RT5P'],
    skus: ['NW-LNB-CHR'],
    quantities: [3],
    tracking: [],
    missing: ['buyerName', 'buyerProxyEmail', 'tracking'],
  },
  {
    page: 'orderDe',
    orderId: '302-1938475-6647382',
    marketplace: 'DE',
    orderDate: 'So., 2. Nov. 2025, 15:20 MEZ',
    status: 'Versandt',
    fulfillmentChannel: 'FBM',
    buyerName: 'Lukas Schäfer',
    shippingService: 'Standard',
    asins: ['B0CNX5T2QW', 'B0D9KM4R7Z'],
    skus: ['NW-DE-TB500', 'NW-DE-BD-GRN'],
    quantities: [1, 2],
    tracking: [{ carrier: 'DHL', trackingId: '003404342588173621', status: 'Zugestellt', date: 'Mi., 5. Nov. 2025' }],
    missing: ['buyerProxyEmail'],
  },
  {
    page: 'orderDeFba',
    orderId: '305-7712093-4481920',
    marketplace: 'DE',
    orderDate: 'Di., 28. Okt. 2025, 09:05 MEZ',
    status: 'Versandt',
    fulfillmentChannel: 'FBA',
    buyerName: 'Anna Müller',
    shippingService: 'Premium',
    asins: ['B0D9KM4R7Z'],
    skus: ['NW-DE-BD-GRN'],
    quantities: [1],
    tracking: [{ carrier: 'DHL', trackingId: 'JJD000390007748219356', status: 'Zugestellt', date: 'Do., 30. Okt. 2025' }],
    missing: ['buyerProxyEmail'],
  },
];

describe('readOrderDetails', () => {
  describe.each([
    ['as rendered', false],
    ['after layout drift (no data-test-id, class or id)', true],
  ])('%s', (_, drift) => {
    it.each(PAGES)('reads $page', async (expected) => {
      const doc = await loadFixture(FIXTURE_URLS[expected.page]);
      if (drift) driftLayout(doc);

      const { data, missing } = readOrderDetails(doc);

      expect(data).toMatchObject({
        orderId: expected.orderId,
        marketplace: expected.marketplace,
        orderDate: expected.orderDate,
        status: expected.status,
        fulfillmentChannel: expected.fulfillmentChannel,
        buyerName: expected.buyerName,
        buyerProxyEmail: null,
        shippingService: expected.shippingService,
        tracking: expected.tracking,
      });
      expect(data.items.map((item) => item.asin)).toEqual(expected.asins);
      expect(data.items.map((item) => item.sku)).toEqual(expected.skus);
      expect(data.items.map((item) => item.quantity)).toEqual(expected.quantities);
      expect(data.items.every((item) => item.title && item.title.length > 10)).toBe(true);
      expect(missing).toEqual(expected.missing);
    });
  });

  it('reads all 76 items of the tall order page', async () => {
    const { data, missing } = readOrderDetails(await loadFixture(FIXTURE_URLS.orderUsTall));

    expect(data.items).toHaveLength(76);
    expect(data.items[0]).toEqual({ asin: 'B0TALL01XY', sku: 'NW-SAMPLER-01', title: 'Northwind Sampler Pack Item 01, Assorted Colours', quantity: 1 });
    expect(data.items[75]).toMatchObject({ asin: 'B0TALL76XY', quantity: 1 });
    expect(data.tracking.map((shipment) => shipment.trackingId)).toEqual(['1Z999AA10123456784']);
    expect(missing).toEqual(['buyerProxyEmail']);
  });

  it.each([
    ['orderUs', 'k3m9xq2vbw7hty4@marketplace.amazon.com'],
    ['orderUsFba', 'k3m9xq2vbw7hty4@marketplace.amazon.com'],
    ['orderDe', 'd7f2m8qz4wnc1rb@marketplace.amazon.de'],
  ] as const)('takes the proxy email of %s from Seller Central’s order JSON', async (page, email) => {
    const url = new URL(FIXTURE_URLS[page]);
    const json = JSON.parse(fixtureResponse(new URL(`/orders-api/order/${url.pathname.split('/').at(-1)}`, url), 'GET')!.body);

    const { data, missing } = readOrderDetails(await loadFixture(url.href), url, json);

    expect(data.buyerProxyEmail).toBe(email);
    expect(missing).not.toContain('buyerProxyEmail');
  });

  it('keeps proxy email and buyer missing when the order JSON has none either', async () => {
    const json = JSON.parse(fixtureResponse(new URL('https://sellercentral.amazon.com/orders-api/order/111-6620917-3348250'), 'GET')!.body);

    const { data, missing } = readOrderDetails(await loadFixture(FIXTURE_URLS.orderUsMissingFields), undefined, json);

    expect(data.buyerName).toBeNull();
    expect(data.buyerProxyEmail).toBeNull();
    expect(missing).toEqual(['buyerName', 'buyerProxyEmail', 'tracking']);
  });

  it('reports every field of a page that is not an order page', () => {
    document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Welcome to Seller Central' }));

    const { data, missing } = readOrderDetails(document, 'https://sellercentral.amazon.com/home');

    expect(data.orderId).toBeNull();
    expect(missing).toEqual(['orderId', 'orderDate', 'status', 'fulfillmentChannel', 'buyerName', 'buyerProxyEmail', 'items', 'shippingService', 'tracking']);
  });
});

describe('fulfillmentChannelOf', () => {
  it.each([
    ['Seller', 'FBM'],
    ['Verkäufer', 'FBM'],
    ['Seller Fulfilled Prime', 'FBM'],
    ['Expédié par le vendeur', 'FBM'],
    ['Amazon', 'FBA'],
    ['Versand durch Amazon', 'FBA'],
    ['AFN', 'FBA'],
    ['Standard', null],
    [null, null],
  ] as const)('%s → %s', (text, channel) => {
    expect(fulfillmentChannelOf(text)).toBe(channel);
  });
});
