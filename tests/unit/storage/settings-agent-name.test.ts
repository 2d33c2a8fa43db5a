import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getAgentName, watchAgentName } from '../../../storage/settings-agent-name';
import { repairSettings } from '../../../storage/settings-migrations';
import { updateSettings } from '../../../storage/settings';

describe('the agent name, read without the settings schema', () => {
  it.each([
    ['a saved name', { agentName: 'Mia Schulz', language: 'de' }, 'Mia Schulz'],
    ['the longest name allowed', { agentName: 'x'.repeat(120) }, 'x'.repeat(120)],
    ['a name one character too long', { agentName: 'x'.repeat(121) }, ''],
    ['an empty name', { agentName: '' }, ''],
    ['a damaged value', { agentName: 7 }, ''],
    ['an old record without it', { maskPersonalData: true }, ''],
    ['no settings at all', undefined, ''],
    ['a damaged record', 'settings', ''],
  ])('%s reads as the full settings read would', async (_, stored, expected) => {
    if (stored !== undefined) await fakeBrowser.storage.local.set({ settings: stored });
    await expect(getAgentName()).resolves.toBe(expected);
    expect(repairSettings(stored ?? null).agentName).toBe(expected);
  });

  it('tells a listener the new name when the settings change', async () => {
    const seen: string[] = [];
    const unwatch = watchAgentName((name) => seen.push(name));
    await updateSettings({ agentName: 'Jonas Weber' });
    await expect.poll(() => seen).toEqual(['Jonas Weber']);
    unwatch();
  });
});
