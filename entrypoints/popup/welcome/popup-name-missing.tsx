import { browser } from 'wxt/browser';
import { NameMissing } from '../../../components/name-missing';
import { useSettings } from '../../../components/use-settings';

/** Open the welcome page (where the name is set) and close the popup. */
function openWelcome(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).then(() => window.close());
}

/** The popup's "your name is not set" line, until the agent has a name. */
export function PopupNameMissing() {
  const { settings } = useSettings();
  if (!settings || settings.agentName) return null;
  return <NameMissing onFix={openWelcome} />;
}
