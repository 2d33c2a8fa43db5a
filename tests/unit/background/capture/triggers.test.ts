import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CAPTURE_COMMAND, registerCaptureTriggers } from '../../../../entrypoints/background/capture/triggers';
import { db } from '../../../../storage/db';
import { updateSettings } from '../../../../storage/settings';
import type { CaptureProgress, CaptureSnapshot } from '../../../../utils/capture-protocol';
import { orderDraft, resetDb } from '../../storage/archive-fixtures';
import { installMenuAndCommands, installTabContentScripts, type PageAnswers } from '../../fake-browser-extras';

/**
 * The context menu's "Capture this page as evidence" and the Alt+Shift+S command, fired through
 * the listeners the background registers, against a Seller Central tab whose content script
 * answers like the real one. What the agent relies on: the capture is in the archive, with a
 * screenshot, and the page says it was saved.
 */

const ONE_PIXEL_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const ORDER_URL = 'https://sellercentral.amazon.com/orders-v3/order/112-3456789-0123456';
const OTHER_ORDER_URL = 'https://sellercentral.amazon.com/orders-v3/order/114-1111111-2222222';

function snapshotOf(url: string): CaptureSnapshot {
  const { kind, title, marketplace, orderId, buyerName, buyerProxyEmail, data, text, masked } = orderDraft({ url });
  return { kind, url, title, marketplace, orderId, buyerName, buyerProxyEmail, data, text, masked, masking: { address: 'masked', phone: 'masked' } };
}

let triggers: ReturnType<typeof installMenuAndCommands>;
let told: Map<number, CaptureProgress[]>;
const pages = new Map<number, PageAnswers>();

/** A tab showing `url`, in front, with Seller Guard's content script answering capture messages. */
async function openTab(url: string, contentScript = true) {
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  if (contentScript) {
    told.set(tab.id!, []);
    pages.set(tab.id!, {
      getCaptureSnapshot: () => snapshotOf(url),
      prepareCapture: () => ({
        viewportWidth: 1,
        viewportHeight: 1,
        area: { top: 0, height: 1, scrollHeight: 1 },
        scroller: 'document' as const,
        maskRects: [],
      }),
      restorePage: () => undefined,
      captureProgress: (progress) => void told.get(tab.id!)!.push(progress),
    });
  }
  return tab;
}
beforeEach(async () => {
  await resetDb();
  pages.clear();
  told = new Map();
  triggers = installMenuAndCommands();
  installTabContentScripts(pages);
  Object.assign(fakeBrowser.tabs, { captureVisibleTab: async () => ONE_PIXEL_PNG });
  Object.assign(fakeBrowser.runtime, { getManifest: () => ({ manifest_version: 3, name: 'Seller Guard', version: '0.1.0' }) });
  await updateSettings({ agentName: 'Dana' });
  registerCaptureTriggers();
});

const stored = () => db.captures.toArray();

describe('capture from the context menu and the keyboard shortcut', { timeout: 20_000 }, () => {
  it('adds the menu item on install, for Seller Central pages only', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await expect.poll(() => triggers.menus).toEqual([
      expect.objectContaining({ id: 'seller-guard-capture-page', title: 'Capture this page as evidence', documentUrlPatterns: expect.arrayContaining(['https://sellercentral.amazon.com/*']) }),
    ]);
  });

  it.each([
    ['the context menu', 'context-menu', (tab: { id?: number; url?: string; windowId: number }) => triggers.onClicked.trigger({ menuItemId: 'seller-guard-capture-page' }, tab)],
    ['Alt+Shift+S', 'shortcut', (tab: { id?: number; url?: string; windowId: number }) => triggers.onCommand.trigger(CAPTURE_COMMAND, tab)],
  ] as const)('stores a capture with a screenshot when the agent uses %s', async (_, source, fire) => {
    const tab = await openTab(ORDER_URL);
    await fire(tab);
    await expect.poll(stored, { timeout: 10_000 }).toHaveLength(1);
    const [record] = await stored();
    expect(record).toMatchObject({ source, url: ORDER_URL, orderId: '112-3456789-0123456', agent: 'Dana', screenshot: 'visible', screenshotNote: null });
    expect(record!.images).toHaveLength(1);
    await expect.poll(() => told.get(tab.id!)).toContainEqual(expect.objectContaining({ phase: 'saved', outcome: expect.objectContaining({ id: record!.id, source }) }));
  });

  it.each([
    ['another menu item', async (tab: { id?: number; url?: string; windowId: number }) => triggers.onClicked.trigger({ menuItemId: 'something-else' }, tab)],
    ['another command', async (tab: { id?: number; url?: string; windowId: number }) => triggers.onCommand.trigger('open-options', tab)],
  ])('stores nothing for %s', async (_, fire) => {
    await fire(await openTab(ORDER_URL));
    // Proof the wiring is live: a capture asked for right after, of another order, is stored,
    // and alone (one started by the first event would have been stored before it).
    await triggers.onCommand.trigger(CAPTURE_COMMAND, await openTab(OTHER_ORDER_URL));
    await expect.poll(async () => (await stored()).map((record) => record.url), { timeout: 10_000 }).toContain(OTHER_ORDER_URL);
    expect((await stored()).map((record) => record.url)).toEqual([OTHER_ORDER_URL]);
  });

  it('stores nothing from a tab that is not Seller Central', async () => {
    const other = await openTab('https://example.com/orders', false);
    await triggers.onCommand.trigger(CAPTURE_COMMAND, other);
    await triggers.onClicked.trigger({ menuItemId: 'seller-guard-capture-page' }, other);
    await triggers.onCommand.trigger(CAPTURE_COMMAND, await openTab(OTHER_ORDER_URL));
    await expect.poll(async () => (await stored()).map((record) => record.url), { timeout: 10_000 }).toContain(OTHER_ORDER_URL);
    expect((await stored()).map((record) => record.url)).toEqual([OTHER_ORDER_URL]);
  });
});
