import { afterAll, describe, expect, it } from 'vitest';
import { readSidePanelOrder, type SidePanelOrder } from '../../../../entrypoints/sellercentral.content/readers/order-side-panel';
import { closeFixtures, loadFixture } from '../../../fixtures/load';
import { FIXTURE_URLS, type FixturePage } from '../../../fixtures/site';

afterAll(closeFixtures);

const NOTHING: SidePanelOrder = { asin: null, productTitle: null, carrier: null, trackingId: null, shipDate: null, deliveryDate: null };

const PAGES: Array<[FixturePage, SidePanelOrder]> = [
  // Two items and two USPS packages shipped the same day: every value listed once.
  [
    'threadUs',
    {
      asin: 'B0C7Q2ZK4M, B0D1X8RT5P',
      productTitle: 'Northwind Trail Water Bottle, 32 oz, Stainless Steel, Slate Blue; Northwind Insulated Lunch Bag, Leakproof, Charcoal',
      carrier: 'USPS',
      trackingId: '9400111899223847561234, 9400111899223847565678',
      shipDate: 'Fri, Dec 5, 2025',
      deliveryDate: 'Wed, Dec 10, 2025',
    },
  ],
  // German labels ("Versandunternehmen", "Sendungsnummer", "Lieferung bis").
  [
    'threadDe',
    {
      asin: 'B0CNX5T2QW, B0D9KM4R7Z',
      productTitle: 'Nordwind Thermobecher 500 ml, Edelstahl, Anthrazit; Nordwind Brotdose mit Fächern, auslaufsicher, Grün',
      carrier: 'DHL',
      trackingId: '003404342588173621',
      shipDate: 'Mo., 3. Nov. 2025',
      deliveryDate: 'Fr., 7. Nov. 2025',
    },
  ],
  [
    'threadJpRisky',
    {
      asin: 'B0BZ6LQW2N',
      productTitle: 'ノースウィンド ホーローマグ 4個セット',
      carrier: 'ヤマト運輸',
      trackingId: '4567-8901-2346',
      shipDate: '2025年11月4日(火)',
      deliveryDate: '2025年11月8日(土)',
    },
  ],
  // The contact page and an inbox without an open case show none of it: the placeholders stay marked.
  ['contactUs', NOTHING],
  ['inboxUs', NOTHING],
  // The order page's own items and packages are not a side panel.
  ['orderUs', NOTHING],
];

describe('readSidePanelOrder', () => {
  it.each(PAGES)('%s', async (page, expected) => {
    expect(readSidePanelOrder(await loadFixture(FIXTURE_URLS[page]))).toEqual(expected);
  });

  it('leaves out a tracking id the panel shows as a dash and a shipment without one', () => {
    const html = '<main></main><aside class="order-side-panel"><div>Carrier</div><div>Other</div><div>Tracking ID</div><div>—</div></aside>';
    expect(readSidePanelOrder(new DOMParser().parseFromString(html, 'text/html'))).toEqual({ ...NOTHING, carrier: 'Other' });
  });
});
