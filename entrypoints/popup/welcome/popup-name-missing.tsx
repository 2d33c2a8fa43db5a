import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NameMissing } from '../../../components/name-missing';
import type { Settings } from '../../../storage/settings';

/** Open the welcome page (where the name is set) and close the popup. */
function openWelcome(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).then(() => window.close());
}

/**
 * The agent's settings, kept current. The settings module (and the zod schema it validates
 * with) is loaded here, after the popup's first frame, which does not need it.
 */
function useSettingsLater(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let open = true;
    let unwatch = () => {};
    void import('../../../storage/settings').then(({ getSettings, watchSettings }) => {
      if (!open) return;
      unwatch = watchSettings(setSettings);
      void getSettings().then((settings) => open && setSettings(settings));
    });
    return () => {
      open = false;
      unwatch();
    };
  }, []);
  return settings;
}

/** The popup's "your name is not set" line, until the agent has a name. */
export function PopupNameMissing() {
  const settings = useSettingsLater();
  if (!settings || settings.agentName) return null;
  return <NameMissing onFix={openWelcome} />;
}
