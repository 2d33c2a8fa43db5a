import { useState } from 'preact/hooks';
import type { PageInfo } from '../../../utils/protocol';
import { PAGE_KIND_LABEL } from '../../../rules/page/page-kind-label';

/** The in-page chip: what Seller Guard recognised on this page, expandable for details. */
export function PageStatusChip({ info }: { info: PageInfo | null }) {
  const [open, setOpen] = useState(false);
  const label = info ? PAGE_KIND_LABEL[info.kind] : 'Reading page…';
  const missing = info?.ready ? info.missing : [];
  return (
    <div class="sg-chip" role="status" aria-label="Seller Guard page status" data-page-kind={info?.kind ?? ''}>
      <button type="button" class="sg-chip-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span class="sg-chip-brand">Seller Guard</span> · {label}
        {info?.orderId ? <span class="sg-chip-order"> · {info.orderId}</span> : null}
        {missing.length > 0 ? <span class="sg-chip-warn"> · {missing.length} not read</span> : null}
      </button>
      {open && info ? (
        <dl class="sg-chip-details">
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
              <dt>Could not read</dt>
              <dd>{missing.join(', ')}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </div>
  );
}
