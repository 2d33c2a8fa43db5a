import type { Locale } from 'date-fns';
import { de, enGB, zhCN } from 'date-fns/locale';
import type { Language } from './languages';

const DATE_LOCALES: Record<Language, Locale> = { en: enGB, de, 'zh-CN': zhCN };

/** The date-fns locale for an interface language (English dates in the day-month order). */
export function dateLocale(language: Language): Locale {
  return DATE_LOCALES[language];
}
