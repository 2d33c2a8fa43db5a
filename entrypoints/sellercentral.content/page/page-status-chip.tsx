import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageKind } from '../../../rules/page/page-kind';
import type { PageInfo } from '../../../utils/protocol';
import { t } from '../../../locales/current';
import { pageKindLabel } from '../../../rules/page/page-kind-label';

/** Page kinds that always show at least one order id; finding none there means the reader failed. */
const KINDS_WITH_ORDERS: readonly PageKind[] = ['order-details', 'order-list', 'message-thread', 'contact-buyer'];

/** Whether the page was read but its orders were not found: what the other features key on. */
function readerFailed(info: PageInfo | null): boolean {
  return !!info?.ready && KINDS_WITH_ORDERS.includes(info.kind) && !info.orderId && info.orderIds.length === 0;
}

/**
 * The in-page status: a small collapsed tab on the left edge of the viewport (where Seller
 * Central keeps a margin, so it covers none of the page's controls) that opens, on demand, what
 * Seller Guard recognised, in the page flow above the content (brought into view, never over
 * the page). Fields the reader could not find are neutral text; the tab turns red
 * only when the page was read and no order was found on it.
 */
export function PageStatusChip({ info }: { info: PageInfo | null }) {
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) details.current?.scrollIntoView?.({ block: 'nearest' });
  }, [open]);
  const label = info ? pageKindLabel(info.kind) : t('page.readingPage');
  const missing = info?.ready ? info.missing : [];
  const failed = readerFailed(info);
  const summary = [
    t('app.name'),
    label,
    ...(info?.orderId ? [info.orderId] : []),
    ...(missing.length > 0 ? [t('page.chip.notRead', { count: missing.length })] : []),
  ].join(' · ');
  return (
    <div
      class="sg-chip"
      role="status"
      aria-label={t('page.chip.label')}
      data-page-kind={info?.kind ?? ''}
      data-open={open ? 'true' : 'false'}
      data-problem={failed ? 'true' : 'false'}
    >
      <button type="button" class="sg-chip-toggle" aria-expanded={open} aria-controls="sg-chip-details" title={summary} onClick={() => setOpen(!open)}>
        <span class="sg-chip-mark" aria-hidden="true">{t('page.chip.mark')}</span>
        <span class="sg-visually-hidden">{summary}</span>
      </button>
      {open && info ? (
        <div id="sg-chip-details" class="sg-chip-details" ref={details}>
          <p class="sg-chip-title">
            <span class="sg-chip-brand">{t('app.name')}</span> · {label}
          </p>
          {failed ? <p class="sg-chip-problem">{t('page.chip.noOrder')}</p> : null}
          <dl>
            <dt>{t('page.field.order')}</dt>
            <dd>{info.orderId ?? (info.orderIds.length ? t.plural('page.ordersListed', info.orderIds.length) : '—')}</dd>
            <dt>{t('page.field.buyer')}</dt>
            <dd>{info.buyerName ?? '—'}</dd>
            <dt>{t('page.field.buyerEmail')}</dt>
            <dd>{info.buyerProxyEmail ?? '—'}</dd>
            <dt>{t('page.field.marketplace')}</dt>
            <dd>{info.marketplace ?? '—'}</dd>
            {missing.length > 0 ? (
              <>
                <dt>{t('page.field.notShown')}</dt>
                <dd class="sg-chip-health">{missing.join(', ')}</dd>
              </>
            ) : null}
          </dl>
        </div>
      ) : null}
    </div>
  );
}
