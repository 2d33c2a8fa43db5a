import { t } from '../../locales/current';
import { usePageScreenshots } from '../../components/use-page-screenshots';

/** Step 2: one-click screenshots from the page (the optional `<all_urls>` permission), asked from the click. */
export function ScreenshotsOffer() {
  const { granted, error, request } = usePageScreenshots();
  const state = granted === null ? 'unknown' : granted ? 'granted' : 'not-granted';
  return (
    <section class="welcome-step" aria-labelledby="welcome-shots-title">
      <h2 id="welcome-shots-title">{t('welcome.shots.title')}</h2>
      <p>{t('welcome.shots.why')}</p>
      {granted ? null : (
        <button type="button" onClick={() => void request()} disabled={granted === null}>
          {t('welcome.shots.enable')}
        </button>
      )}
      <p role="status" data-permission={state}>
        {granted === null ? t('welcome.shots.checking') : granted ? t('welcome.shots.on') : t('welcome.shots.off')}
      </p>
      {error ? <p role="alert">{error}</p> : null}
    </section>
  );
}
