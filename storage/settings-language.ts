import { storage } from '#imports';
import { LANGUAGE_CHOICES, type LanguageChoice } from '../locales/languages';

/** Where the agent's settings are stored (`browser.storage.local`, see settings.ts). */
export const SETTINGS_KEY = 'local:settings';

function choiceIn(stored: unknown): LanguageChoice {
  const language = typeof stored === 'object' && stored !== null ? (stored as { language?: unknown }).language : undefined;
  return (LANGUAGE_CHOICES as readonly unknown[]).includes(language) ? (language as LanguageChoice) : 'auto';
}

/**
 * The agent's interface language choice alone, read without the settings schema, so that an
 * extension page picks its language before its first frame without loading zod first. Same
 * rule as `repairSettings` for this one field: anything but a known choice reads as `auto`.
 *
 * @example await getLanguageChoice() // 'de' after the agent chose Deutsch in Options
 */
export async function getLanguageChoice(): Promise<LanguageChoice> {
  return choiceIn(await storage.getItem(SETTINGS_KEY));
}

/** Call `listener` with the choice whenever the settings change. Returns unwatch. */
export function watchLanguageChoice(listener: (choice: LanguageChoice) => void): () => void {
  return storage.watch(SETTINGS_KEY, (stored) => listener(choiceIn(stored)));
}
