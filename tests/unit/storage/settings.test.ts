import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../../storage/settings';

/**
 * Settings as an agent upgrading Seller Guard meets them: whatever an older version stored is
 * migrated when an extension page loads the settings module, and nothing valid is lost.
 */

/** A version 1 record (no version metadata) as Seller Guard 0.1 wrote it, every field changed. */
const V1_RECORD = {
  agentName: 'Mia Schulz',
  allowedDomains: ['manuals.acme.com'],
  blockedTerms: ['refund outside amazon'],
  autoCapture: { orderDetails: true, messageThread: false },
  screenshotMode: 'full',
  maskPersonalData: false,
  retention: { redactAfterDays: 14, deleteAfterDays: 400 },
} satisfies Omit<Settings, 'language' | 'marketplaces' | 'welcomeSeen' | 'clockWarnHours'>;

/** The same record after migration: fields added since version 1 take their defaults. */
const MIGRATED = { ...V1_RECORD, language: 'auto', marketplaces: [], welcomeSeen: false, clockWarnHours: 4 } satisfies Settings;

/** Load the settings module afresh, as a newly opened extension page would (its migration runs). */
async function openExtensionPage() {
  vi.resetModules();
  const settings = await import('../../../storage/settings');
  await settings.getSettings(); // resolves once the page's migration is done
  return settings;
}

async function stored(): Promise<{ record: unknown; version: unknown }> {
  const { settings, settings$: meta } = await fakeBrowser.storage.local.get(['settings', 'settings$']);
  return { record: settings, version: (meta as { v?: number } | undefined)?.v };

}

describe('versioned settings', () => {
  it('is at version 3', () => {
    expect(SETTINGS_VERSION).toBe(3);
  });

  it('migrates a version 2 record (no language yet) to version 3, keeping every value and following the browser', async () => {
    await fakeBrowser.storage.local.set({ settings: V1_RECORD, settings$: { v: 2 } });
    const { getSettings } = await openExtensionPage();
    expect(await getSettings()).toEqual(MIGRATED);
    expect(await stored()).toEqual({ record: MIGRATED, version: SETTINGS_VERSION });
  });

  it('reads a version 3 record written before the response clock with the default warning window, keeping the rest', async () => {
    const v3 = { ...V1_RECORD, language: 'de', marketplaces: ['DE'], welcomeSeen: true };
    await fakeBrowser.storage.local.set({ settings: v3, settings$: { v: 3 } });
    const { getSettings, updateSettings } = await openExtensionPage();
    expect(await getSettings()).toEqual({ ...v3, clockWarnHours: 4 });
    expect((await updateSettings({ clockWarnHours: 6 })).clockWarnHours).toBe(6);
    await expect(updateSettings({ clockWarnHours: 30 })).rejects.toThrow();
  });

  it('gives the defaults on a fresh install and stamps the version on first save', async () => {
    const { getSettings, updateSettings } = await openExtensionPage();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ agentName: 'Ana' });
    expect(await stored()).toEqual({ record: { ...DEFAULT_SETTINGS, agentName: 'Ana' }, version: SETTINGS_VERSION });
  });

  it('migrates a version 1 record keeping every value', async () => {
    await fakeBrowser.storage.local.set({ settings: V1_RECORD });
    const { getSettings } = await openExtensionPage();
    expect(await getSettings()).toEqual(MIGRATED);
    expect(await stored()).toEqual({ record: MIGRATED, version: SETTINGS_VERSION });
  });

  it('migrates a version 1 record with missing fields, filling only those with defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: { agentName: 'Mia Schulz', screenshotMode: 'full' } });
    const { getSettings } = await openExtensionPage();
    const expected = { ...DEFAULT_SETTINGS, agentName: 'Mia Schulz', screenshotMode: 'full' };
    expect(await getSettings()).toEqual(expected);
    expect(await stored()).toEqual({ record: expected, version: SETTINGS_VERSION });
  });

  it.each([
    ['a name over 120 characters', { agentName: 'x'.repeat(121) }, 'agentName'],
    ['a domain list that is not a list', { allowedDomains: 'manuals.acme.com' }, 'allowedDomains'],
    ['an empty blocked term', { blockedTerms: [''] }, 'blockedTerms'],
    ['an unknown screenshot mode', { screenshotMode: 'huge' }, 'screenshotMode'],
    ['a mask flag that is text', { maskPersonalData: 'no' }, 'maskPersonalData'],
    ['a negative retention period', { retention: { redactAfterDays: -5, deleteAfterDays: null } }, 'retention'],
    ['auto capture that is null', { autoCapture: null }, 'autoCapture'],
  ] as const)('resets only the damaged field when a version 1 record holds %s', async (_, damage, field) => {
    await fakeBrowser.storage.local.set({ settings: { ...V1_RECORD, ...damage } });
    const { getSettings } = await openExtensionPage();
    const expected = { ...MIGRATED, [field]: DEFAULT_SETTINGS[field] };
    expect(await getSettings()).toEqual(expected);
    expect(await stored()).toEqual({ record: expected, version: SETTINGS_VERSION });
  });

  it('reads a damaged field of a version 2 record as its default and keeps the others', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...V1_RECORD, screenshotMode: 'huge' }, settings$: { v: 2 } });
    const { getSettings } = await openExtensionPage();
    expect(await getSettings()).toEqual({ ...MIGRATED, screenshotMode: 'visible' });
  });

  it('gives the defaults when the stored value is not a record at all', async () => {
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    const { getSettings } = await openExtensionPage();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('rejects an invalid update and keeps what was stored', async () => {
    await fakeBrowser.storage.local.set({ settings: V1_RECORD });
    const { getSettings, updateSettings } = await openExtensionPage();
    await expect(updateSettings({ screenshotMode: 'huge' as Settings['screenshotMode'] })).rejects.toThrow();
    expect(await getSettings()).toEqual(MIGRATED);
  });

  it('tells every watcher about a saved change', async () => {
    const { updateSettings, watchSettings } = await openExtensionPage();
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await updateSettings({ agentName: 'Ana' });
    await expect.poll(() => seen.at(-1)?.agentName).toBe('Ana');
    unwatch();
  });
});
