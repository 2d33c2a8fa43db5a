import { browser, type Browser } from 'wxt/browser';
import { isSellerCentralUrl, SELLER_CENTRAL_MATCHES } from '../../../rules/page/hosts';
import { onLanguageChange, t } from '../../../locales/current';
import { captureTab } from './capture-flow';
import type { CaptureSource } from './screenshot-policy';

const MENU_ID = 'seller-guard-capture-page';
export const CAPTURE_COMMAND = 'capture-page';

function captureFrom(tab: Browser.tabs.Tab | undefined, source: CaptureSource): void {
  // activeTab reveals the URL; without it the tab is not one we may capture anyway.
  if (!tab?.id || (tab.url !== undefined && !isSellerCentralUrl(tab.url))) return;
  // The outcome is shown on the page itself (captureTab tells the page); errors are logged.
  captureTab(tab, source, { tags: [], note: '' }).catch((error: unknown) => console.warn('[Seller Guard] capture failed:', error));
}

/**
 * "Capture this page as evidence" in the context menu of Seller Central pages, and the
 * `capture-page` keyboard shortcut (manifest `commands`). Both grant activeTab, so their
 * captures include a screenshot without any host permission.
 */
export function registerCaptureTriggers(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: t('capture.thisPage'),
        contexts: ['page', 'selection', 'link', 'image'],
        documentUrlPatterns: SELLER_CENTRAL_MATCHES,
      }),
    );
  });
  // The menu was created in the language of the moment; follow a switch in Options.
  onLanguageChange(() => void browser.contextMenus.update(MENU_ID, { title: t('capture.thisPage') }).catch(() => undefined));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) captureFrom(tab, 'context-menu');
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== CAPTURE_COMMAND) return;
    if (tab) return captureFrom(tab, 'shortcut');
    void browser.tabs.query({ active: true, lastFocusedWindow: true }).then(([active]) => captureFrom(active, 'shortcut'));
  });
}
