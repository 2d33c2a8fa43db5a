import { useState } from 'preact/hooks';
import type { PageKind } from '../../../rules/page/page-kind';
import type { PageInfo } from '../../../utils/protocol';
import { PAGE_KIND_LABEL } from '../../../rules/page/page-kind-label';

/** Page kinds that always show at least one order id; finding none there means the reader failed. */
const KINDS_WITH_ORDERS: readonly PageKind[] = ['order-details', 'order-list', 'message-thread', 'contact-buyer'];

/** Whether the page was read but its orders were not found: what the other features key on. */
function readerFailed(info: PageInfo | null): boolean {
  return !!info?.ready && KINDS_WITH_ORDERS.includes(info.kind) && !info.orderId && info.orderIds.length === 0;
}

/**
 * The in-page status: a small collapsed tab on the left edge of the viewport (where Seller
 * Central keeps a margin, so it covers none of the page's controls) that opens, on demand, what
 * Seller Guard recognised. Fields the reader could not find are neutral text; the tab turns red
 * only when the page was read and no order was found on it.
 */
export function PageStatusChip({ info }: { info: PageInfo | null }) {
  const [open, setOpen] = useState(false);
  const label = info ? PAGE_KIND_LABEL[info.kind] : 'Reading page…';
  const missing = info?.ready ? info.missing : [];
  const failed = readerFailed(info);
  const summary = [
    'Seller Guard',
    label,
    ...(info?.orderId ? [info.orderId] : []),
    ...(missing.length > 0 ? [`${missing.length} not read`] : []),
  ].join(' · ');
  return (
    <div
      class="sg-chip"
      role="status"
      aria-label="Seller Guard page status"
      data-page-kind={info?.kind ?? ''}
      data-open={open ? 'true' : 'false'}
      data-problem={failed ? 'true' : 'false'}
    >
      <button type="button" class="sg-chip-toggle" aria-expanded={open} title={summary} onClick={() => setOpen(!open)}>
        <span class="sg-chip-mark" aria-hidden="true">SG</span>
        <span class="sg-visually-hidden">{summary}</span>
      </button>
      {open && info ? (
        <div class="sg-chip-details">
          <p class="sg-chip-title">
            <span class="sg-chip-brand">Seller Guard</span> · {label}
          </p>
          {failed ? <p class="sg-chip-problem">No order found on this page: Seller Guard's warnings may be incomplete.</p> : null}
          <dl>
            <dt>Order</dt>
            <dd>{info.orderId ?? (info.orderIds.length ? `${info.orderIds.length} orders` : '—')}</dd>
            <dt>Buyer</dt>
            <dd>{info.buyerName ?? '—'}</dd>
            <dt>Buyer email</dt>
            <dd>{info.buyerProxyEmail ?? '—'}</dd>
            <dt>Marketplace</dt>
            <dd>{info.marketplace ?? '—'}</dd>
            {missing.length > 0 ? (
              <>
                <dt>Not shown on this page</dt>
                <dd class="sg-chip-health">{missing.join(', ')}</dd>
              </>
            ) : null}
          </dl>
        </div>
      ) : null}
    </div>
  );
}
