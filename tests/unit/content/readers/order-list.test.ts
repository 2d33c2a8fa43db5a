import { afterAll, describe, expect, it } from 'vitest';
import { readOrderList } from '../../../../entrypoints/sellercentral.content/readers/order-list';
import { closeFixtures, driftLayout, loadFixture } from '../../../fixtures/load';
import { FIXTURE_URLS, type FixturePage } from '../../../fixtures/site';

afterAll(closeFixtures);

const LISTS: Array<{ page: FixturePage; rows: Array<[orderId: string, buyer: string, status: string, asins: string[]]> }> = [
  {
    page: 'orderListUs',
    rows: [
      ['113-2750391-6604182', 'Olivia Bennett', 'Unshipped', ['B0D1X8RT5P']],
      ['112-0093847-1182736', 'Samuel Okafor', 'Unshipped', ['B0BZ6LQW2N', 'B0D4HJ2M8K']],
      ['114-2209384-7761045', 'Amazon Customer', 'Unshipped', ['B0C7Q2ZK4M']],
      ['114-8830192-0047718', 'Maria Gonzalez', 'Unshipped', ['B0D4HJ2M8K']],
      ['113-5501928-8812034', 'Maria Gonzalez', 'Unshipped', ['B0CQ9V7N3R']],
      ['111-3048571-9920388', 'Chen Wei', 'Unshipped', ['B0C7Q2ZK4M']],
    ],
  },
  {
    page: 'orderSearchUs',
    rows: [
      ['114-8830192-0047718', 'Maria Gonzalez', 'Unshipped', ['B0D4HJ2M8K']],
      ['113-5501928-8812034', 'Maria Gonzalez', 'Unshipped', ['B0CQ9V7N3R']],
    ],
  },
  { page: 'orderListDe', rows: [['306-4419820-1175563', 'Lukas Schäfer', 'Nicht versandt', ['B0CNX5T2QW']]] },
];

describe('readOrderList', () => {
  describe.each([
    ['as rendered', false],
    ['after layout drift (no data-test-id, class or id)', true],
  ])('%s', (_, drift) => {
    it.each(LISTS)('reads one row per order on $page', async ({ page, rows }) => {
      const doc = await loadFixture(FIXTURE_URLS[page]);
      if (drift) driftLayout(doc);

      const { data, missing } = readOrderList(doc);

      expect(data.rows).toEqual(rows.map(([orderId, buyerName, status, asins]) => ({ orderId, buyerName, status, asins })));
      expect(missing).toEqual([]);
    });
  });

  it('reports a row without a buyer and an empty list', async () => {
    const doc = await loadFixture(FIXTURE_URLS.orderListUs);
    doc.querySelectorAll('#orders-table tbody tr')[1]!.querySelector('[data-test-id="buyer-name-with-link"]')!.parentElement!.remove();

    expect(readOrderList(doc).missing).toEqual(['rows.1.buyerName']);

    doc.querySelector('#orders-table')!.remove();
    expect(readOrderList(doc)).toEqual({ data: { rows: [] }, missing: ['rows'] });
  });
});
