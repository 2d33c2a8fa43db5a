import { t } from '../../locales/current';
import { useLanguage } from '../../utils/i18n/use-language';
import { CapturePopupButton } from './capture/capture-popup-button';
import { CurrentPage } from './current-page/current-page';
import { ArchiveSection } from './archive/archive-section';
import { PopupWatchlist } from './watchlist/popup-watchlist';
import { usePageInfo } from './current-page/use-page-info';
import { PopupNameMissing } from './welcome/popup-name-missing';
import { PopupClock } from './response-clock/popup-clock';

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
      <PopupNameMissing />
      <PopupClock />
      <ArchiveSection />
    </main>
  );
}
