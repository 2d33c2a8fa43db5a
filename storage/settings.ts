import { storage } from '#imports';
import { repairSettings, type StoredSettings } from './settings-migrations';
import { SETTINGS_KEY } from './settings-field';
import { SETTINGS_VERSION, settingsSchema, type Settings } from './settings-schema';

export { DEFAULT_SETTINGS, SETTINGS_VERSION, settingsSchema, type Settings } from './settings-schema';

/**
 * The agent's settings, in `browser.storage.local` under `settings` (its version in the
 * `settings$` metadata, WXT's storage-item convention) so content scripts can read them (they
 * cannot reach the extension's IndexedDB). Each extension page migrates an older record when
 * it loads this module (`settings-migrations.ts`); every read is validated again, so a damaged
 * field falls back to its default without losing the others.
 */
const settingsItem = storage.defineItem<StoredSettings>(SETTINGS_KEY, {
  fallback: {},
  version: SETTINGS_VERSION,
  migrations: { 2: repairSettings, 3: repairSettings },
});

/** Current settings with defaults filled in. */
export async function getSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue());
}

/** Merge `patch` into the settings after validating the result. Throws on invalid input. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Call `listener` whenever the settings change (from any extension page). Returns unwatch. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch(() => void getSettings().then(listener));
}
