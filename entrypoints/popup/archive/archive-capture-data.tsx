import type { CaptureData } from '../../../storage/capture/capture-schema';

type Direction = NonNullable<CaptureData['thread']>['messages'][number]['direction'];
const DIRECTION_LABELS: Record<Direction, string> = { buyer: 'Buyer', seller: 'Seller', amazon: 'Amazon', unknown: 'Sender not recognised' };

const dash = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? '—' : String(value));

/** The structured data the page readers stored: order, tracking, items, messages. Text only. */
export function ArchiveCaptureData({ data }: { data: CaptureData }) {
  const { order, thread, contact, list } = data;
  return (
    <div class="archive-data">
      {order ? (
        <>
          <h4>Order</h4>
          <dl>
            <dt>Status</dt>
            <dd>{dash(order.status)}</dd>
            <dt>Order date</dt>
            <dd>{dash(order.orderDate)}</dd>
            <dt>Fulfilment</dt>
            <dd>{dash(order.fulfillmentChannel)}</dd>
            <dt>Shipping</dt>
            <dd>{dash(order.shippingService)}</dd>
          </dl>
          {order.items.length ? (
            <ul class="archive-items" aria-label="Items">
              {order.items.map((item, i) => (
                <li key={i}>
                  {dash(item.title)} — ASIN {dash(item.asin)}, SKU {dash(item.sku)}, quantity {dash(item.quantity)}
                </li>
              ))}
            </ul>
          ) : null}
          {order.tracking.length ? (
            <ul class="archive-tracking" aria-label="Tracking">
              {order.tracking.map((t, i) => (
                <li key={i}>
                  {dash(t.carrier)} {t.trackingId}: {dash(t.status)} {t.date ? `(${t.date})` : ''}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      {thread ? (
        <>
          <h4>Messages</h4>
          <ol class="archive-messages" aria-label="Messages">
            {thread.messages.map((m, i) => (
              <li key={i} class={`archive-message ${m.direction}`}>
                <span class="archive-message-head">
                  {DIRECTION_LABELS[m.direction]}
                  {m.sender ? ` (${m.sender})` : ''} · {dash(m.time ?? m.timeIso)}
                </span>
                <p class="archive-message-text">{m.text}</p>
              </li>
            ))}
          </ol>
          {thread.banners.length ? <p>Notices: {thread.banners.map((b) => b.text).join(' · ')}</p> : null}
        </>
      ) : null}
      {contact ? (
        <p>
          Contact page for order {dash(contact.orderId)} ({dash(contact.marketplace)})
        </p>
      ) : null}
      {list ? (
        <ul aria-label="Orders listed">
          {list.rows.map((row) => (
            <li key={row.orderId}>
              {row.orderId}: {dash(row.status)} — {dash(row.buyerName)} — {row.asins.join(', ') || '—'}
            </li>
          ))}
        </ul>
      ) : null}
      {data.missing.length ? <p class="archive-missing">Not found on the page at capture time: {data.missing.join(', ')}</p> : null}
    </div>
  );
}
