import { useEffect, useState } from 'preact/hooks';
import { getSettings, updateSettings, watchSettings, type Settings } from '../storage/settings';

/** Settings for an options section: current value, and a saver that reports errors. */
export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const save = async (patch: Partial<Settings>): Promise<string | null> => {
    // Show the change at once: a re-render while the save is under way (the side navigation
    // marking another section, a status poll) must not put a just-ticked box back.
    setSettings((current) => (current ? { ...current, ...patch } : current));
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
