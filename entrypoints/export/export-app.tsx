import { exportRequestOf, type ExportRequest } from '../../utils/export-page-url';
import { ExportProgressView } from './export-progress';
import { usePackExport } from './use-pack-export';

const TITLE: Record<ExportRequest['type'], (r: ExportRequest) => string> = {
  all: () => 'Evidence pack of the whole archive',
  order: (r) => `Evidence pack for order ${r.type === 'order' ? r.orderId : ''}`,
  search: (r) => `Evidence pack of the search “${r.type === 'search' ? r.query : ''}”`,
};

/** The export page: one evidence pack, built here so that closing the popup does not stop it. */
export function ExportApp() {
  const request = exportRequestOf(location.search);
  if (!request) {
    return (
      <main class="export">
        <h1>Export an evidence pack</h1>
        <p role="alert">This page was opened without saying what to export. Start the export from the Seller Guard popup.</p>
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
      <p>This tab builds the pack on this computer; you can close the Seller Guard popup. The file is saved to your downloads when it is ready.</p>
      <ExportProgressView status={status} />
      <div class="export-actions">
        {status.state === 'working' ? (
          <button type="button" onClick={cancel}>
            Cancel the export
          </button>
        ) : (
          <button type="button" onClick={() => window.close()}>
            Close this tab
          </button>
        )}
      </div>
    </main>
  );
}
