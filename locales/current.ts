import type { Language } from './languages';
import { translator, type Translator } from './translate';

let current: Translator = translator('en');
const listeners = new Set<(language: Language) => void>();

/**
 * `t` in the agent's current language. Pure: the language is set by `utils/i18n`, which
 * reads the Options override and the browser's UI language.
 */
export const t: Translator = Object.assign(
  ((...args: Parameters<Translator>) => current(...args)) as Translator,
  {
    plural: ((...args) => current.plural(...args)) as Translator['plural'],
    dynamic: ((...args) => current.dynamic(...args)) as Translator['dynamic'],
  },
);
Object.defineProperty(t, 'language', { get: () => current.language });

/** The language `t` speaks now. */
export function currentLanguage(): Language {
  return current.language;
}

/**
 * Switch `t` to `language` and tell every listener (UI roots re-render). The language's pack
 * must be loaded (`loadLanguagePack`): `utils/i18n` loads it first.
 */
export function setLanguage(language: Language): void {
  if (language === current.language) return;
  current = translator(language);
  for (const listener of listeners) listener(language);
}

/** Call `listener` after every language switch. Returns unsubscribe. */
export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
