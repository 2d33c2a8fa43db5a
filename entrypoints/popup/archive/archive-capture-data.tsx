import { t } from '../../../locales/current';
import type { CaptureData } from '../../../storage/capture/capture-schema';

type Direction = NonNullable<CaptureData['thread']>['messages'][number]['direction'];
const directionLabel = (direction: Direction) => t(`archive.data.direction.${direction}`);

const dash = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? '—' : String(value));

/** The structured data the page readers stored: order, tracking, items, messages. Text only. */
export function ArchiveCaptureData({ data }: { data: CaptureData }) {
  const { order, thread, contact, list } = data;
  return (
    <div class="archive-data">
      {order ? (
        <>
          <h4>{t('archive.data.order')}</h4>
          <dl>
            <dt>{t('archive.data.status')}</dt>
            <dd>{dash(order.status)}</dd>
            <dt>{t('archive.data.orderDate')}</dt>
            <dd>{dash(order.orderDate)}</dd>
            <dt>{t('archive.data.fulfilment')}</dt>
            <dd>{dash(order.fulfillmentChannel)}</dd>
            <dt>{t('archive.data.shipping')}</dt>
            <dd>{dash(order.shippingService)}</dd>
          </dl>
          {order.items.length ? (
            <ul class="archive-items" aria-label={t('archive.data.items')}>
              {order.items.map((item, i) => (
                <li key={i}>
                  {t('archive.data.item', { title: dash(item.title), asin: dash(item.asin), sku: dash(item.sku), quantity: dash(item.quantity) })}
                </li>
              ))}
            </ul>
          ) : null}
          {order.tracking.length ? (
            <ul class="archive-tracking" aria-label={t('archive.detail.tracking')}>
              {order.tracking.map((tracking, i) => (
                <li key={i}>
                  {dash(tracking.carrier)} {tracking.trackingId}: {dash(tracking.status)} {tracking.date ? `(${tracking.date})` : ''}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      {thread ? (
        <>
          <h4>{t('archive.data.messages')}</h4>
          <ol class="archive-messages" aria-label={t('archive.data.messages')}>
            {thread.messages.map((m, i) => (
              <li key={i} class={`archive-message ${m.direction}`}>
                <span class="archive-message-head">
                  {directionLabel(m.direction)}
                  {m.sender ? ` (${m.sender})` : ''} · {dash(m.time ?? m.timeIso)}
                </span>
                <p class="archive-message-text">{m.text}</p>
              </li>
            ))}
          </ol>
          {thread.banners.length ? <p>{t('archive.data.notices', { notices: thread.banners.map((b) => b.text).join(' · ') })}</p> : null}
        </>
      ) : null}
      {contact ? (
        <p>
          {t('archive.data.contactPage', { orderId: dash(contact.orderId), marketplace: dash(contact.marketplace) })}
        </p>
      ) : null}
      {list ? (
        <ul aria-label={t('archive.data.ordersListed')}>
          {list.rows.map((row) => (
            <li key={row.orderId}>
              {row.orderId}: {dash(row.status)} — {dash(row.buyerName)} — {row.asins.join(', ') || '—'}
            </li>
          ))}
        </ul>
      ) : null}
      {data.missing.length ? <p class="archive-missing">{t('archive.data.missing', { fields: data.missing.join(', ') })}</p> : null}
    </div>
  );
}
