import { CapturePopupButton } from './capture/capture-popup-button';
import { CurrentPage } from './current-page/current-page';
import { ArchiveSection } from './archive/archive-section';
import { PopupWatchlist } from './watchlist/popup-watchlist';
import { usePageInfo } from './current-page/use-page-info';

export function PopupApp() {
  const page = usePageInfo();
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>Seller Guard</h1>
      </header>
      <section aria-label="Current page">
        {page.status === 'loading' ? <p role="status">Reading the current tab…</p> : null}
        {page.status === 'not-seller-central' ? (
          <p role="status">Open a Seller Central order or buyer-message page to use Seller Guard here.</p>
        ) : null}
        {page.status === 'no-content-script' ? (
          <p role="status">Seller Guard is not running on this tab yet. Reload the Seller Central page.</p>
        ) : null}
        {page.status === 'ready' ? <CurrentPage info={page.info} /> : null}
        {page.status === 'ready' ? <PopupWatchlist info={page.info} /> : null}
        {page.status === 'ready' ? <CapturePopupButton tabId={page.tabId} /> : null}
      </section>
      <ArchiveSection />
    </main>
  );
}
