import { DEFAULT_SETTINGS, settingsSchema, type Settings } from './settings-schema';

/** What may be found under the settings key: any version, possibly damaged by hand or by a bug. */
export type StoredSettings = Record<string, unknown> | null;

/**
 * The settings in `stored`, every valid field kept and every missing or invalid one set to its
 * default, so one bad value never costs the agent the others. Never throws.
 *
 * This is also the migration from version 1 (the unversioned record) to version 2: it writes
 * the complete record once, so later versions migrate from a known shape.
 *
 * @example repairSettings({ agentName: 'Mia', maskPersonalData: 'yes' })
 * // { ...DEFAULT_SETTINGS, agentName: 'Mia' } (maskPersonalData back to true)
 */
export function repairSettings(stored: unknown): Settings {
  const parsed = settingsSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  const record: Record<string, unknown> = typeof stored === 'object' && stored !== null ? { ...stored } : {};
  const repaired: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(record[key]);
    if (field.success) repaired[key] = field.data;
  }
  return settingsSchema.parse(repaired);
}
