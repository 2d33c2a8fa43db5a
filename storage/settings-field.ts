import { storage } from '#imports';

/** Where the agent's settings are stored (`browser.storage.local`, see settings.ts). */
export const SETTINGS_KEY = 'local:settings';

/**
 * One field of the stored settings, read without the settings schema, so an extension page
 * can use it without loading zod first. `read` gets the stored value of `key` (anything: the
 * record may be old or damaged) and must apply `repairSettings`' rule for that one field.
 *
 * @example const name = settingsField('agentName', (v) => (typeof v === 'string' ? v : ''));
 * await name.get() // 'Mia Schulz'
 */
export function settingsField<T>(key: string, read: (stored: unknown) => T) {
  const pick = (record: unknown) => read(typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[key] : undefined);
  return {
    get: async (): Promise<T> => pick(await storage.getItem(SETTINGS_KEY)),
    /** Call `listener` with the field whenever the settings change. Returns unwatch. */
    watch: (listener: (value: T) => void): (() => void) => storage.watch(SETTINGS_KEY, (record) => listener(pick(record))),
  };
}
