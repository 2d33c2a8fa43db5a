import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../../../storage/settings';

/**
 * Fresh modules, so that only English is loaded (the unit setup loads every language), with
 * the browser's UI language and the stored setting given.
 */
async function start(uiLanguage: string, language: Settings['language']) {
  vi.resetModules();
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(uiLanguage);
  await fakeBrowser.storage.local.set({ settings: { language }, settings$: { v: 3 } });
  const { followLanguage } = await import('../../../../utils/i18n/follow-language');
  const { t } = await import('../../../../locales/current');
  const { updateSettings } = await import('../../../../storage/settings');
  return { followLanguage, t, updateSettings };
}

afterEach(() => vi.restoreAllMocks());

describe('followLanguage', () => {
  it.each([
    ['de-DE', 'auto', 'Beweisarchiv'],
    ['zh-CN', 'auto', '证据存档'],
    ['en-US', 'de', 'Beweisarchiv'],
    ['de-DE', 'en', 'Evidence archive'],
  ] as const)('a %s browser with the setting %s speaks its language once it resolves', async (uiLanguage, language, title) => {
    const { followLanguage, t } = await start(uiLanguage, language);
    await followLanguage();
    expect(t('archive.title')).toBe(title);
    // The German texts a German browser started to load must not win over the setting later.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(t('archive.title')).toBe(title);
  });

  it('loads and switches when the setting changes', async () => {
    const { followLanguage, t, updateSettings } = await start('en-US', 'auto');
    const controller = new AbortController();
    await followLanguage(controller.signal);
    expect(t('archive.title')).toBe('Evidence archive');
    await updateSettings({ language: 'zh-CN' });
    await expect.poll(() => t('archive.title')).toBe('证据存档');
    controller.abort();
  });
});
