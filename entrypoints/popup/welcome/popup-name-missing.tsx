import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { NameMissing } from '../../../components/name-missing';
import { getAgentName, watchAgentName } from '../../../storage/settings-agent-name';

/** Open the welcome page (where the name is set) and close the popup. */
function openWelcome(): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).then(() => window.close());
}

/**
 * The popup's "your name is not set" line, until the agent has a name. The name is read on its
 * own (not through `useSettings`), so the settings schema stays out of the popup's first work.
 */
export function PopupNameMissing() {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let open = true;
    const unwatch = watchAgentName(setName);
    void getAgentName().then((current) => open && setName(current));
    return () => {
      open = false;
      unwatch();
    };
  }, []);
  if (name === null || name) return null;
  return <NameMissing onFix={openWelcome} />;
}
