import { setLanguage } from '../../locales/current';
import { resolveLanguage } from '../../locales/languages';
import { getSettings, watchSettings, type Settings } from '../../storage/settings';
import { browserLanguageTag } from './browser-language';

function apply(settings: Pick<Settings, 'language'>): void {
  setLanguage(resolveLanguage(settings.language, browserLanguageTag()));
}

/**
 * Put `t` into the agent's language (the Options override, else the browser's) and keep it
 * there when the setting changes. Resolves once the first language is set, so a page can
 * render in the right language from its first frame. Stops with `signal`.
 */
export async function followLanguage(signal?: AbortSignal): Promise<void> {
  apply({ language: 'auto' });
  const unwatch = watchSettings(apply);
  signal?.addEventListener('abort', unwatch, { once: true });
  try {
    apply(await getSettings());
  } catch (error) {
    console.warn('[Seller Guard] could not read the language setting', error);
  }
}
