import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getLanguageChoice, watchLanguageChoice } from '../../../storage/settings-language';
import { repairSettings } from '../../../storage/settings-migrations';
import { updateSettings } from '../../../storage/settings';

describe('the language choice, read without the settings schema', () => {
  it.each([
    ['a chosen language', { agentName: 'Mia', language: 'de' }, 'de'],
    ['Chinese', { language: 'zh-CN' }, 'zh-CN'],
    ['auto', { language: 'auto' }, 'auto'],
    ['an unknown language', { language: 'fr' }, 'auto'],
    ['a damaged value', { language: 7 }, 'auto'],
    ['an old record without it', { agentName: 'Mia', maskPersonalData: true }, 'auto'],
    ['no settings at all', undefined, 'auto'],
    ['a damaged record', 'settings', 'auto'],
  ])('%s reads as %s, as the full settings read would', async (_, stored, expected) => {
    if (stored !== undefined) await fakeBrowser.storage.local.set({ settings: stored });
    await expect(getLanguageChoice()).resolves.toBe(expected);
    expect(repairSettings(stored ?? null).language).toBe(expected);
  });

  it('tells a listener the new choice when the settings change', async () => {
    const seen: string[] = [];
    const unwatch = watchLanguageChoice((choice) => seen.push(choice));
    await updateSettings({ language: 'zh-CN' });
    await expect.poll(() => seen).toEqual(['zh-CN']);
    unwatch();
  });
});
