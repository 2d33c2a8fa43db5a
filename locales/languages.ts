/** The interface languages Seller Guard ships, as BCP 47 tags. */
export const LANGUAGES = ['en', 'de', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The Options choice: follow the browser, or one fixed language. */
export const LANGUAGE_CHOICES = ['auto', ...LANGUAGES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** Each language's own name, shown in the language picker whatever the current language. */
export const LANGUAGE_NATIVE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  'zh-CN': '简体中文',
};

/**
 * The interface language for a browser UI language tag: German for any `de-*`, Simplified
 * Chinese for any `zh-*` (Traditional readers still read Simplified better than English),
 * English otherwise.
 *
 * @example languageForTag('de-AT') // 'de'
 */
export function languageForTag(tag: string | undefined): Language {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  if (primary === 'de') return 'de';
  if (primary === 'zh') return 'zh-CN';
  return 'en';
}

/** The language to show: the agent's override, else the browser's. */
export function resolveLanguage(choice: LanguageChoice | undefined, browserTag: string | undefined): Language {
  return choice && choice !== 'auto' ? choice : languageForTag(browserTag);
}
