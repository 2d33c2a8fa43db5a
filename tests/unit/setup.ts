import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadLanguagePack } from '../../locales/language-packs';
import { LANGUAGES } from '../../locales/languages';

// Tests switch the interface language synchronously (`setLanguage('de')`), so every language's
// texts are loaded first, as utils/i18n loads a language before it switches to it.
await Promise.all(LANGUAGES.map(loadLanguagePack));

beforeEach(() => {
  fakeBrowser.reset();
});
