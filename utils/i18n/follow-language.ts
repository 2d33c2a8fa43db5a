import { setLanguage } from '../../locales/current';
import { loadLanguagePack } from '../../locales/language-packs';
import { resolveLanguage, type LanguageChoice } from '../../locales/languages';
import { getLanguageChoice, watchLanguageChoice } from '../../storage/settings-language';
import { browserLanguageTag } from './browser-language';

let latest = 0;

/** Load the language `choice` asks for, then switch to it unless a later choice came meanwhile. */
async function apply(choice: LanguageChoice): Promise<void> {
  const language = resolveLanguage(choice, browserLanguageTag());
  const ticket = ++latest;
  await loadLanguagePack(language);
  if (ticket === latest) setLanguage(language);
}

const warn = (error: unknown) => console.warn('[Seller Guard] could not switch the interface language', error);

/**
 * Put `t` into the agent's language (the Options override, else the browser's) and keep it
 * there when the setting changes. Resolves once the first language is set, so a page can
 * render in the right language from its first frame. The browser language's texts start
 * loading at once, while the setting is read (without the settings schema: see
 * storage/settings-language.ts). Stops with `signal`.
 */
export async function followLanguage(signal?: AbortSignal): Promise<void> {
  const browserLanguage = apply('auto').catch(warn);
  const unwatch = watchLanguageChoice((choice) => void apply(choice).catch(warn));
  signal?.addEventListener('abort', unwatch, { once: true });
  try {
    await apply(await getLanguageChoice());
  } catch (error) {
    console.warn('[Seller Guard] could not read the language setting', error);
    await browserLanguage;
  }
}
