import { browser, type Browser } from 'wxt/browser';

/**
 * The tab the popup speaks about: the active tab of its window. Opened as a page with
 * `?tab=<id>` (the end-to-end tests do this, and so can an agent who pins the popup in a
 * tab), it speaks about that tab instead.
 */
export async function targetTab(): Promise<Browser.tabs.Tab | null> {
  const pinned = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(pinned) && pinned > 0) return browser.tabs.get(pinned).catch(() => null);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}
