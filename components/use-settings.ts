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
    try {
      setSettings(await updateSettings(patch));
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  };
  return { settings, save };
}
