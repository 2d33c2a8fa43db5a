import type { Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { en, type MessageKey } from './en/index';
import type { Language } from './languages';

/** What the interface needs to speak one language: its catalogue and its date-fns locale. */
export interface LanguagePack {
  catalogue: Record<MessageKey, string>;
  dateLocale: Locale;
}

// English is the fallback of every lookup, so it is always here. German and Chinese are loaded
// when an agent reads them: on extension pages each is a chunk of its own, fetched only then
// (the popup does not parse two catalogues nobody reads before it shows the archive). The
// content script is one file, where the import is inlined; the background adds them up front
// (entrypoints/background/every-language.ts).
const packs: Partial<Record<Language, LanguagePack>> = { en: { catalogue: en, dateLocale: enGB } };
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<LanguagePack>> = {
  de: () => import('./de/language-pack').then((module) => module.pack),
  'zh-CN': () => import('./zh-CN/language-pack').then((module) => module.pack),
};
const loading = new Map<Language, Promise<LanguagePack>>();

/**
 * Load `language`'s pack (once; later calls share the same promise). Resolves at once for
 * English and for a pack already loaded.
 *
 * @example await loadLanguagePack('de'); translator('de')('draft.dialog.back')
 */
export function loadLanguagePack(language: Language): Promise<LanguagePack> {
  const loaded = packs[language];
  if (loaded) return Promise.resolve(loaded);
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language as Exclude<Language, 'en'>]().then(
      (pack) => (packs[language] = pack),
      (error: unknown) => {
        loading.delete(language); // a later call may try again
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

/**
 * Make packs available without loading them: a service worker may not `import()` on demand
 * (the HTML spec forbids it there), so the background carries every language from the start.
 */
export function addLanguagePacks(more: Partial<Record<Language, LanguagePack>>): void {
  Object.assign(packs, more);
}

/** `language`'s pack, which must have been loaded (`loadLanguagePack`); English always is. */
export function languagePack(language: Language): LanguagePack {
  const pack = packs[language];
  if (!pack) throw new Error(`The ${language} interface texts are not loaded yet: await loadLanguagePack('${language}') first`);
  return pack;
}
