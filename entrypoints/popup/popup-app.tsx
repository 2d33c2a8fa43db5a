import { CapturePopupButton } from '../../components/capture-popup-button';
import { CurrentPage } from '../../components/current-page';
import { ArchiveSection } from './archive-section';
import { PopupWatchlist } from './popup-watchlist';
import { t } from '../../locales/current';
import { useLanguage } from '../../utils/i18n/use-language';
import { usePageInfo } from './use-page-info';

export function PopupApp() {
  useLanguage();
  const page = usePageInfo();
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>{t('app.name')}</h1>
      </header>
      <section aria-label={t('popup.currentPage')}>
        {page.status === 'loading' ? <p role="status">{t('popup.readingTab')}</p> : null}
        {page.status === 'not-seller-central' ? (
          <p role="status">{t('popup.notSellerCentral')}</p>
        ) : null}
        {page.status === 'no-content-script' ? (
          <p role="status">{t('popup.noContentScript')}</p>
        ) : null}
        {page.status === 'ready' ? <CurrentPage info={page.info} /> : null}
        {page.status === 'ready' ? <PopupWatchlist info={page.info} /> : null}
        {page.status === 'ready' ? <CapturePopupButton tabId={page.tabId} /> : null}
      </section>
      <ArchiveSection />
    </main>
  );
}
