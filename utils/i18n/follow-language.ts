import { setLanguage } from '../../locales/current';
import { loadLanguagePack } from '../../locales/language-packs';
import { resolveLanguage } from '../../locales/languages';
import { getSettings, watchSettings, type Settings } from '../../storage/settings';
import { browserLanguageTag } from './browser-language';

let latest = 0;

/** Load the language `settings` ask for, then switch to it unless a later setting came meanwhile. */
async function apply(settings: Pick<Settings, 'language'>): Promise<void> {
  const language = resolveLanguage(settings.language, browserLanguageTag());
  const ticket = ++latest;
  await loadLanguagePack(language);
  if (ticket === latest) setLanguage(language);
}

const warn = (error: unknown) => console.warn('[Seller Guard] could not switch the interface language', error);

/**
 * Put `t` into the agent's language (the Options override, else the browser's) and keep it
 * there when the setting changes. Resolves once the first language is set, so a page can
 * render in the right language from its first frame. The browser language's texts start
 * loading at once, while the setting is read. Stops with `signal`.
 */
export async function followLanguage(signal?: AbortSignal): Promise<void> {
  const browserLanguage = apply({ language: 'auto' }).catch(warn);
  const unwatch = watchSettings((settings) => void apply(settings).catch(warn));
  signal?.addEventListener('abort', unwatch, { once: true });
  try {
    await apply(await getSettings());
  } catch (error) {
    console.warn('[Seller Guard] could not read the language setting', error);
    await browserLanguage;
  }
}
