import { describe, expect, it } from 'vitest';
import { readOrderList } from '../../../../entrypoints/sellercentral.content/readers/order-list';
import type { OrderListRow } from '../../../../rules/page/page-data';
import { page } from '../drift-page';

/**
 * Order lists nobody wrote a fixture for: div grids instead of `#orders-table`, no
 * data-test-ids, other languages. A numeric SKU is never an ASIN; a "Contact buyer" link is
 * never a buyer name.
 */
const CASES: Array<{ name: string; html: string; rows: OrderListRow[]; missing: string[] }> = [
  {
    name: 'amazon.de, rows as an ARIA grid of divs, buyer as a contact link, numeric SKU',
    html: `
      <div role="grid" class="orders-grid-v2">
        <div role="row"><div role="columnheader">Bestelldatum</div><div role="columnheader">Bestelldetails</div><div role="columnheader">Status</div></div>
        <div role="row">
          <div role="gridcell">2. Nov. 2025</div>
          <div role="gridcell"><div><a href="/orders-v3/order/306-4419820-1175563">306-4419820-1175563</a></div>
            <div>Käufer: <a href="/messaging/contact?orderID=306-4419820-1175563&amp;marketplaceID=A1PA6795UKMFR9">Lukas Schäfer</a></div></div>
          <div role="gridcell"><div>Trinkflasche 1 l</div><div>ASIN: B0C7Q2ZK4M</div><div>SKU: 4006381333</div><div>Menge: 1</div></div>
          <div role="gridcell"><div>Nicht versandt</div></div>
          <div role="gridcell"><kat-dropdown-button><template shadow><button>Lieferschein drucken</button></template></kat-dropdown-button></div>
        </div>
        <div role="row">
          <div role="gridcell">1. Nov. 2025</div>
          <div role="gridcell"><div><a href="/orders-v3/order/306-5520931-2286674">306-5520931-2286674</a></div>
            <div><a href="/messaging/contact?orderID=306-5520931-2286674">Käufer kontaktieren</a></div></div>
          <div role="gridcell"><div>ASIN: B0D1X8RT5P</div><div>ASIN: B0BZ6LQW2N</div></div>
          <div role="gridcell"><div>Versandt</div></div>
        </div>
      </div>`,
    rows: [
      { orderId: '306-4419820-1175563', buyerName: 'Lukas Schäfer', status: 'Nicht versandt', asins: ['B0C7Q2ZK4M'] },
      { orderId: '306-5520931-2286674', buyerName: null, status: 'Versandt', asins: ['B0D1X8RT5P', 'B0BZ6LQW2N'] },
    ],
    missing: ['rows.1.buyerName'],
  },
  {
    name: 'amazon.com.br, a plain table without ids, Portuguese statuses, an unlabelled 10-digit SKU',
    html: `
      <table><thead><tr><th>Data do pedido</th><th>Detalhes do pedido</th><th>Produto</th><th>Status do pedido</th></tr></thead>
        <tbody>
          <tr><td>3 de nov de 2025</td><td><a href="/orders-v3/order/701-8823104-5529031">701-8823104-5529031</a></td>
            <td>Garrafa térmica<br>B0C7Q2ZK4M<br>7891234567</td><td>Não enviado</td></tr>
          <tr><td>2 de nov de 2025</td><td><a href="/orders-v3/order/701-1029384-7756102">701-1029384-7756102</a></td>
            <td>Livro de receitas<br>8535902775</td><td>Entregue</td></tr>
        </tbody></table>`,
    rows: [
      { orderId: '701-8823104-5529031', buyerName: null, status: 'Não enviado', asins: ['B0C7Q2ZK4M'] },
      { orderId: '701-1029384-7756102', buyerName: null, status: 'Entregue', asins: [] },
    ],
    missing: ['rows.0.buyerName', 'rows.1.buyerName', 'rows.1.asins'],
  },
];

describe('readOrderList on drifted and other-language pages', () => {
  it.each(CASES)('$name', ({ html, rows, missing }) => {
    const result = readOrderList(page(html));
    expect(result.data.rows).toEqual(rows);
    expect(result.missing).toEqual(missing);
  });
});
