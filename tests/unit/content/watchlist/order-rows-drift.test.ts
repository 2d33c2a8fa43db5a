import { describe, expect, it } from 'vitest';
import { findOrderRows, placeBadge } from '../../../../entrypoints/sellercentral.content/watchlist/order-rows';

/**
 * Order lists drawn in ways nobody wrote fixtures for: every order is found exactly once
 * with the buyer it shows, and its badge lands in its own row, next to the order id.
 */

function page(markup: string): Document {
  return new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
}

const ORDER_A = '303-1111111-2222222';
const ORDER_B = '503-3333333-4444444';
const link = (id: string) => `<a href="/orders-v3/order/${id}">${id}</a>`;
const buyer = (name: string) => `<a data-test-id="buyer-name-with-link" href="/messaging/contact?orderID=x">${name}</a>`;

const LAYOUTS: Array<[string, string]> = [
  [
    'a grid of div rows (role="row", role="cell")',
    `<div role="grid"><div role="row"><div role="columnheader">Order</div></div>
      <div role="row"><div role="cell"><div class="line">${link(ORDER_A)}</div>${buyer('Jürgen Müller')}</div></div>
      <div role="row"><div role="cell"><div class="line">${link(ORDER_B)}</div>${buyer('Ana Lima')}</div></div></div>`,
  ],
  [
    'table rows whose cells hold nested layout tables',
    `<table><tbody>
      <tr><td><table><tr><td><div class="line">${link(ORDER_A)}</div></td></tr><tr><td>${buyer('Jürgen Müller')}</td></tr></table></td></tr>
      <tr><td><table><tr><td><div class="line">${link(ORDER_B)}</div></td></tr><tr><td>${buyer('Ana Lima')}</td></tr></table></td></tr>
    </tbody></table>`,
  ],
  [
    'a list inside one big page-layout table row',
    `<table><tr><td class="nav">Orders</td><td><table><tbody>
      <tr><td><div class="line">${link(ORDER_A)}</div>${buyer('Jürgen Müller')}</td></tr>
      <tr><td><div class="line">${link(ORDER_B)}</div>${buyer('Ana Lima')}</td></tr>
    </tbody></table></td></tr></table>`,
  ],
  [
    'Katal table rows (kat-table-row, kat-table-cell)',
    `<kat-table><kat-table-body>
      <kat-table-row><kat-table-cell><div class="line">${link(ORDER_A)}</div>${buyer('Jürgen Müller')}</kat-table-cell></kat-table-row>
      <kat-table-row><kat-table-cell><div class="line">${link(ORDER_B)}</div>${buyer('Ana Lima')}</kat-table-cell></kat-table-row>
    </kat-table-body></kat-table>`,
  ],
];

describe('order list rows on drifted layouts', () => {
  it.each(LAYOUTS)('finds each order once, with its buyer, in %s', (_name, markup) => {
    const rows = findOrderRows(page(markup));
    expect(rows.map((row) => [row.orderId, row.buyerName])).toEqual([
      [ORDER_A, 'Jürgen Müller'],
      [ORDER_B, 'Ana Lima'],
    ]);
  });

  it.each(LAYOUTS)('puts the badge in its own row, right after the order id, in %s', (_name, markup) => {
    const doc = page(markup);
    const rows = findOrderRows(doc);
    const target = rows[1]!;
    const host = doc.createElement('seller-guard-watchlist-badge');
    placeBadge(target, host);
    expect(host.previousElementSibling?.textContent).toBe(ORDER_B);
    expect(rows.filter((row) => row.row.contains(host)).map((row) => row.orderId)).toEqual([ORDER_B]);
  });
});

describe('the buyer shown in a row', () => {
  it('is never a "Contact buyer" caption on the link to the contact page', () => {
    const doc = page(`<table><tbody>
      <tr><td><div class="line">${link(ORDER_A)}</div><a href="/messaging/contact?orderID=${ORDER_A}">Contact buyer</a></td></tr>
      <tr><td><div class="line">${link(ORDER_B)}</div><a href="/messaging/contact?orderID=${ORDER_B}">Ana Lima</a></td></tr>
    </tbody></table>`);
    expect(findOrderRows(doc).map((row) => [row.orderId, row.buyerName])).toEqual([
      [ORDER_A, null],
      [ORDER_B, 'Ana Lima'],
    ]);
  });
});
