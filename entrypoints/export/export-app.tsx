import { t } from '../../locales/current';
import { exportRequestOf, type ExportRequest } from '../../utils/export-page-url';
import { ExportProgressView } from './export-progress';
import { usePackExport } from './use-pack-export';

const TITLE: Record<ExportRequest['type'], (r: ExportRequest) => string> = {
  all: () => t('exportPage.title.all'),
  order: (r) => t('exportPage.title.order', { orderId: r.type === 'order' ? r.orderId : '' }),
  search: (r) => t('exportPage.title.search', { query: r.type === 'search' ? r.query : '' }),
};

/** The export page: one evidence pack, built here so that closing the popup does not stop it. */
export function ExportApp() {
  const request = exportRequestOf(location.search);
  if (!request) {
    return (
      <main class="export">
        <h1>{t('exportPage.heading')}</h1>
        <p role="alert">{t('exportPage.noRequest')}</p>
      </main>
    );
  }
  return <ExportRun request={request} />;
}

function ExportRun({ request }: { request: ExportRequest }) {
  const { status, cancel } = usePackExport(request);
  return (
    <main class="export">
      <h1>{TITLE[request.type](request)}</h1>
      <p>{t('exportPage.intro')}</p>
      <ExportProgressView status={status} />
      <div class="export-actions">
        {status.state === 'working' ? (
          <button type="button" onClick={cancel}>
            {t('exportPage.cancel')}
          </button>
        ) : (
          <button type="button" onClick={() => window.close()}>
            {t('exportPage.close')}
          </button>
        )}
      </div>
    </main>
  );
}
