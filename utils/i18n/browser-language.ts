import { browser } from '#imports';

/** The browser's UI language tag (`de-DE`), or the page's language where the API is missing. */
export function browserLanguageTag(): string {
  try {
    const tag = browser.i18n?.getUILanguage?.();
    if (tag) return tag;
  } catch {
    // Test doubles and some contexts have no i18n API: the navigator's language will do.
  }
  return globalThis.navigator?.language ?? 'en';
}
