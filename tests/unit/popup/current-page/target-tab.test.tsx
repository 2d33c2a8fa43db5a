import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../../../entrypoints/popup/popup-app';
import type { PageInfo } from '../../../../utils/protocol';
import { installTabContentScripts, type PageAnswers } from '../../fake-browser-extras';

/**
 * The popup as Chrome opens it from the toolbar: no `?tab=` in its address, so it must speak
 * about the active tab of its own window (`tabs.query({ active: true, currentWindow: true })`).
 * The end-to-end tests pin the tab with `?tab=`, so this is the only test of that path.
 */

const pageInfo = (orderId: string): PageInfo => ({
  kind: 'order-details',
  url: `https://sellercentral.amazon.com/orders-v3/order/${orderId}`,
  marketplace: 'US',
  orderId,
  caseId: null,
  buyerName: 'Jane Roe',
  buyerProxyEmail: null,
  orderIds: [orderId],
  missing: [],
  ready: true,
});

let root: HTMLElement;
const pages = new Map<number, PageAnswers>();

beforeEach(async () => {
  expect(new URLSearchParams(location.search).has('tab')).toBe(false);
  pages.clear();
  installTabContentScripts(pages);
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

/** A tab in the agent's (focused) window showing Seller Central's page for `orderId`. */
async function openOrderTab(windowId: number, orderId: string, active: boolean) {
  const tab = await fakeBrowser.tabs.create({ windowId, url: pageInfo(orderId).url, active });
  pages.set(tab.id!, { getPageInfo: () => pageInfo(orderId) });
  return tab;
}

/** The agent's browser window, in front. */
async function agentWindow() {
  const window = await fakeBrowser.windows.create({ focused: true });
  return { id: window!.id! };
}

const field = (name: string) => root.querySelector(`[data-field="${name}"]`)?.textContent;

describe('popup opened from the toolbar', () => {
  it("speaks about the active tab of the agent's window", async () => {
    const { id: windowId } = await agentWindow();
    await openOrderTab(windowId, '114-1111111-2222222', false);
    await openOrderTab(windowId, '112-3456789-0123456', true);
    await openOrderTab(windowId, '113-9999999-8888888', false);
    render(<PopupApp />, root);
    await expect.poll(() => field('order'), { timeout: 5_000 }).toBe('112-3456789-0123456');
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toContain('Capture this page as evidence');
  });

  it('says to open Seller Central when the active tab is another site', async () => {
    const { id: windowId } = await agentWindow();
    await openOrderTab(windowId, '114-1111111-2222222', false);
    await fakeBrowser.tabs.create({ windowId: windowId, url: 'https://example.com/', active: true });
    render(<PopupApp />, root);
    await expect.poll(() => root.textContent, { timeout: 5_000 }).toMatch(/Open a Seller Central order or buyer-message page/);
    expect(field('order')).toBeUndefined();
  });
});
