import { render, type ComponentChild } from 'preact';
import { currentLanguage, onLanguageChange } from '../../locales/current';
import { followLanguage } from './follow-language';

/**
 * Render an extension page (popup, options) in the agent's language: the language is read
 * first so the first frame is right, `<html lang>` follows it for screen readers, and the
 * page's root re-renders on a switch through `useLanguage()`.
 */
export function renderPage(app: ComponentChild, root: HTMLElement): void {
  const setLang = () => document.documentElement.setAttribute('lang', currentLanguage());
  onLanguageChange(setLang);
  void followLanguage().finally(() => {
    setLang();
    render(app, root);
  });
}
