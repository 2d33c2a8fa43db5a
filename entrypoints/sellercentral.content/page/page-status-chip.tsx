import { useState } from 'preact/hooks';
import type { PageInfo } from '../../../utils/protocol';
import { t } from '../../../locales/current';
import { pageKindLabel } from '../../../rules/page/page-kind-label';

/** The in-page chip: what Seller Guard recognised on this page, expandable for details. */
export function PageStatusChip({ info }: { info: PageInfo | null }) {
  const [open, setOpen] = useState(false);
  const label = info ? pageKindLabel(info.kind) : t('page.readingPage');
  const missing = info?.ready ? info.missing : [];
  return (
    <div class="sg-chip" role="status" aria-label={t('page.chip.label')} data-page-kind={info?.kind ?? ''}>
      <button type="button" class="sg-chip-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span class="sg-chip-brand">{t('app.name')}</span> · {label}
        {info?.orderId ? <span class="sg-chip-order"> · {info.orderId}</span> : null}
        {missing.length > 0 ? <span class="sg-chip-warn"> · {t('page.chip.notRead', { count: missing.length })}</span> : null}
      </button>
      {open && info ? (
        <dl class="sg-chip-details">
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
              <dt>{t('page.field.notRead')}</dt>
              <dd>{missing.join(', ')}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </div>
  );
}
