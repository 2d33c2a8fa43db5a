import { describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module, with nothing loaded yet (the unit setup loads every language). */
async function freshPacks() {
  vi.resetModules();
  return import('../../../locales/language-packs');
}

describe('language packs', () => {
  it('has English at once and loads German only when asked', async () => {
    const { languagePack, loadLanguagePack } = await freshPacks();
    expect(languagePack('en').catalogue['archive.title']).toBe('Evidence archive');
    expect(() => languagePack('de')).toThrow(/not loaded/);

    const loading = loadLanguagePack('de');
    expect(loadLanguagePack('de')).toBe(loading);
    const german = await loading;
    expect(german.catalogue['archive.title']).toBe('Beweisarchiv');
    expect(german.dateLocale.code).toBe('de');
    expect(languagePack('de')).toBe(german);
    expect(() => languagePack('zh-CN')).toThrow(/not loaded/);
  });

  it.each([
    ['de', 'de'],
    ['zh-CN', 'zh-CN'],
    ['en', 'en-GB'],
  ] as const)('%s comes with its date-fns locale %s', async (language, code) => {
    const { loadLanguagePack } = await freshPacks();
    await expect(loadLanguagePack(language).then((pack) => pack.dateLocale.code)).resolves.toBe(code);
  });
});
