import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../storage/settings';

/**
 * The settings module and the zod schema it validates with, loaded when a component first
 * needs them: the popup's first frame (which shows the "name not set" line later) does not.
 */
const settingsModule = () => import('../storage/settings');

/** Settings for an options section: current value, and a saver that reports errors. */
export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let open = true;
    let unwatch = () => {};
    void settingsModule().then(({ getSettings, watchSettings }) => {
      if (!open) return;
      unwatch = watchSettings(setSettings);
      void getSettings().then((current) => open && setSettings(current));
    });
    return () => {
      open = false;
      unwatch();
    };
  }, []);
  const save = async (patch: Partial<Settings>): Promise<string | null> => {
    // Show the change at once: a re-render while the save is under way (the side navigation
    // marking another section, a status poll) must not put a just-ticked box back.
    setSettings((current) => (current ? { ...current, ...patch } : current));
    const { getSettings, updateSettings } = await settingsModule();
    try {
      setSettings(await updateSettings(patch));
      return null;
    } catch (error) {
      // Nothing was stored: show what is.
      void getSettings().then(setSettings);
      return error instanceof Error ? error.message : String(error);
    }
  };
  return { settings, save };
}
