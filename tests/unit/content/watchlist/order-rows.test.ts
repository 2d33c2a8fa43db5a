import { afterAll, describe, expect, it } from 'vitest';
import { findOrderRows, placeBadge } from '../../../../entrypoints/sellercentral.content/watchlist/order-rows';
import { closeFixtures, driftLayout, loadFixture } from '../../../fixtures/load';
import { FIXTURE_ORDERS, FIXTURE_URLS } from '../../../fixtures/site';

afterAll(() => closeFixtures());

const unshippedUs = FIXTURE_ORDERS.filter((o) => o.marketplace === 'US' && o.orderStatus === 'Unshipped' && o.fulfillmentChannel === 'MFN');

describe('order list rows', () => {
  it('finds every row with its order id and buyer name as shown', async () => {
    const doc = await loadFixture(FIXTURE_URLS.orderListUs);
    const rows = findOrderRows(doc);
    expect(rows.map((r) => [r.orderId, r.buyerName]).sort()).toEqual(unshippedUs.map((o) => [o.orderId, o.buyerName]).sort());
    expect(rows.every((r) => r.row.closest('#orders-table') && r.cell.getAttribute('data-test-id') === 'oth-order-details')).toBe(true);
  });

  it('still finds them when ids, classes and test ids are gone', async () => {
    const doc = driftLayout(await loadFixture(FIXTURE_URLS.orderListUs));
    expect(findOrderRows(doc).map((r) => r.orderId).sort()).toEqual(unshippedUs.map((o) => o.orderId).sort());
  });

  it('puts the badge in its own row, right after the order id', async () => {
    const doc = await loadFixture(FIXTURE_URLS.orderListUs);
    const rows = findOrderRows(doc);
    const target = rows[1]!;
    const host = doc.createElement('seller-guard-watchlist-badge');
    placeBadge(target, host);
    expect(host.closest('tr')).toBe(target.row);
    expect(host.previousElementSibling?.textContent).toBe(target.orderId);
    expect(rows.filter((r) => r.row.contains(host))).toHaveLength(1);
  });
});

