import type { PageInfo } from '../../../utils/protocol';
import { t } from '../../../locales/current';
import { pageKindLabel } from '../../../rules/page/page-kind-label';

/** The popup's summary of the recognised page: kind, order, buyer and reader health. */
export function CurrentPage({ info }: { info: PageInfo }) {
  // Before the page is read, an empty field means "not yet", not "the page does not show it".
  const unread = info.ready ? '—' : t('page.reading');
  return (
    <div class="current-page" data-testid="current-page">
      <dl>
        <dt>{t('page.field.page')}</dt>
        <dd data-field="kind">{pageKindLabel(info.kind)}</dd>
        <dt>{t('page.field.order')}</dt>
        <dd data-field="order">{info.orderId ?? (info.orderIds.length ? t.plural('page.ordersListed', info.orderIds.length) : '—')}</dd>
        <dt>{t('page.field.buyer')}</dt>
        <dd data-field="buyer">{info.buyerName ?? unread}</dd>
        {info.buyerProxyEmail ? (
          <>
            <dt>{t('page.field.buyerEmail')}</dt>
            <dd data-field="buyer-email">{info.buyerProxyEmail}</dd>
          </>
        ) : null}
        <dt>{t('page.field.marketplace')}</dt>
        <dd data-field="marketplace">{info.marketplace ?? unread}</dd>
      </dl>
      {info.ready && info.missing.length > 0 ? (
        <p role="status" class="reader-health">
          {t('page.missing', { fields: info.missing.join(', ') })}
        </p>
      ) : null}
      {!info.ready ? <p role="status">{t('page.waiting')}</p> : null}
    </div>
  );
}
