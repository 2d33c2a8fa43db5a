import { useEffect, useState } from 'preact/hooks';
import { currentLanguage, onLanguageChange } from '../../locales/current';
import type { Language } from '../../locales/languages';

/**
 * The current interface language; the component re-renders (with its children) when the
 * agent switches language. Call it in each UI root so every `t()` below it is redone.
 */
export function useLanguage(): Language {
  const [language, setState] = useState(currentLanguage());
  useEffect(() => {
    setState(currentLanguage());
    return onLanguageChange(setState);
  }, []);
  return language;
}
