import { browser } from 'wxt/browser';
import { t } from '../../locales/current';
import { updateSettings } from '../../storage/settings';
import { useLanguage } from '../../utils/i18n/use-language';
import { AgentNameForm } from './agent-name-form';
import { ScreenshotsOffer } from './screenshots-offer';
import { WorkSettings } from './work-settings';
import { Tour } from './tour';

/** Leave the welcome page: remember it was seen, then close its tab. */
async function finish(): Promise<void> {
  await updateSettings({ welcomeSeen: true });
  const tab = await browser.tabs.getCurrent();
  if (tab?.id !== undefined) await browser.tabs.remove(tab.id);
  else window.close();
}

/**
 * The first-run page (opened once on install, again from Options or from "Set your name"):
 * the agent's name, one-click screenshots, marketplaces and retention, and a short tour.
 * Every step saves on its own, so leaving half-way loses nothing.
 */
export function WelcomeApp() {
  useLanguage();
  return (
    <main class="welcome">
      <header class="welcome-header">
        <h1>{t('welcome.title')}</h1>
        <p>{t('welcome.intro')}</p>
        <button type="button" class="welcome-skip" onClick={() => void finish()}>
          {t('welcome.skip')}
        </button>
      </header>
      <AgentNameForm />
      <ScreenshotsOffer />
      <WorkSettings />
      <Tour />
      <footer class="welcome-footer">
        <button type="button" class="welcome-done" onClick={() => void finish()}>
          {t('welcome.done')}
        </button>
      </footer>
    </main>
  );
}
