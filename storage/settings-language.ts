import { LANGUAGE_CHOICES, type LanguageChoice } from '../locales/languages';
import { settingsField } from './settings-field';

const languageChoice = settingsField('language', (stored): LanguageChoice =>
  (LANGUAGE_CHOICES as readonly unknown[]).includes(stored) ? (stored as LanguageChoice) : 'auto',
);

/**
 * The agent's interface language choice alone, read without the settings schema, so that an
 * extension page picks its language before its first frame without loading zod first. Same
 * rule as `repairSettings` for this one field: anything but a known choice reads as `auto`.
 *
 * @example await getLanguageChoice() // 'de' after the agent chose Deutsch in Options
 */
export const getLanguageChoice = languageChoice.get;

/** Call `listener` with the choice whenever the settings change. Returns unwatch. */
export const watchLanguageChoice = languageChoice.watch;
