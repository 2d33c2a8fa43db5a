import type { PageInfo } from '../../../utils/protocol';
import { PAGE_KIND_LABEL } from '../../../rules/page/page-kind-label';

/** The popup's summary of the recognised page: kind, order, buyer and reader health. */
export function CurrentPage({ info }: { info: PageInfo }) {
  // Before the page is read, an empty field means "not yet", not "the page does not show it".
  const unread = info.ready ? '—' : 'Reading…';
  return (
    <div class="current-page" data-testid="current-page">
      <dl>
        <dt>Page</dt>
        <dd data-field="kind">{PAGE_KIND_LABEL[info.kind]}</dd>
        <dt>Order</dt>
        <dd data-field="order">{info.orderId ?? (info.orderIds.length ? `${info.orderIds.length} orders listed` : '—')}</dd>
        <dt>Buyer</dt>
        <dd data-field="buyer">{info.buyerName ?? unread}</dd>
        {info.buyerProxyEmail ? (
          <>
            <dt>Buyer email</dt>
            <dd data-field="buyer-email">{info.buyerProxyEmail}</dd>
          </>
        ) : null}
        <dt>Marketplace</dt>
        <dd data-field="marketplace">{info.marketplace ?? unread}</dd>
      </dl>
      {info.ready && info.missing.length > 0 ? (
        <p role="status" class="reader-health">
          Could not read on this page: {info.missing.join(', ')}. Seller Guard does not guess these.
        </p>
      ) : null}
      {!info.ready ? <p role="status">Waiting for the page to finish loading…</p> : null}
    </div>
  );
}
