import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS } from '../fixtures/site';
import { launchExtension, type Harness } from './harness';

// Every control Seller Guard draws — in Seller Central pages (inside its shadow roots), in the
// popup and in the options page — must have an accessible name, as Chromium's accessibility
// tree computes it for a screen reader; and its warnings must be live regions.

let harness: Harness;
beforeAll(async () => {
  harness = await launchExtension('e2e');
});
afterAll(async () => {
  await harness?.close();
});

/** Roles a user operates; each needs a name. */
const CONTROL_ROLES = new Set([
  'button', 'checkbox', 'combobox', 'link', 'listbox', 'menuitem', 'radio', 'searchbox', 'slider',
  'spinbutton', 'switch', 'tab', 'textbox',
]);

interface AXNode {
  ignored: boolean;
  role?: { value?: string };
  name?: { value?: string };
  backendDOMNodeId?: number;
}

interface DomNode {
  backendNodeId: number;
  localName?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** Seller Guard's own UI: its shadow hosts (`seller-guard-*`) and elements it marks. */
const isOwnRoot = (node: DomNode) =>
  !!node.localName?.startsWith('seller-guard-') || !!node.attributes?.some((name, i) => i % 2 === 0 && name === 'data-seller-guard');

/** Backend ids of every DOM node (open shadow roots included) inside Seller Guard's UI, or all. */
function nodesIn(root: DomNode, scope: 'own' | 'document'): Set<number> {
  const ids = new Set<number>();
  const walk = (node: DomNode, inside: boolean) => {
    const mine = inside || scope === 'document' || isOwnRoot(node);
    if (mine) ids.add(node.backendNodeId);
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child, mine);
  };
  walk(root, false);
  return ids;
}

/**
 * Controls without an accessible name in Seller Guard's UI (`own`) or the whole document,
 * and how many controls and live regions (alert/status) are there.
 */
async function audit(page: Page, scope: 'own' | 'document') {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const inScope = nodesIn(root, scope);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree', {})) as { nodes: AXNode[] };
    const mine = nodes.filter((node) => !node.ignored && node.backendDOMNodeId !== undefined && inScope.has(node.backendDOMNodeId));
    const roles = mine.map((node) => node.role?.value ?? '');
    const controls = mine.filter((node) => CONTROL_ROLES.has(node.role?.value ?? ''));
    return {
      unnamed: controls.filter((node) => !node.name?.value?.trim()).map((node) => node.role?.value),
      controls: controls.length,
      live: roles.filter((role) => role === 'alert' || role === 'status'),
    };
  } finally {
    await cdp.detach();
  }
}

describe('accessible names of every Seller Guard control in Chromium', () => {
  it('order page: status chip, capture panel, watchlist form and banner', async () => {
    const page = await harness.open(FIXTURE_URLS.orderUs);
    await page.getByRole('button', { name: 'Add to watchlist' }).click();
    const form = page.getByRole('form', { name: 'Add this buyer to the watchlist' });
    await form.waitFor();
    await page.getByRole('button', { name: 'Options' }).click();

    const before = await audit(page, 'own');
    expect(before.unnamed).toEqual([]);
    expect(before.controls).toBeGreaterThanOrEqual(8);

    await form.getByLabel('Reason').selectOption('abusive-language');
    await form.getByRole('button', { name: 'Save to watchlist' }).click();
    await page.locator('seller-guard-watchlist-banner').waitFor();
    const after = await audit(page, 'own');
    expect(after.unnamed).toEqual([]);
    expect(after.live).toContain('alert');
    await page.close();
  });

  it('order list with a listed buyer’s badge', async () => {
    // This test lists its own buyer (Priya Raman, by her order), from the options page.
    const options = await harness.openOptions();
    const file = JSON.stringify({
      format: 'seller-guard-watchlist',
      version: 1,
      exportedAt: '2026-05-01T09:30:00Z',
      entries: [{ buyerNames: ['Priya Raman'], proxyEmails: ['h6v3yb9qm2dx8ct@marketplace.amazon.com'], orderIds: ['112-7788123-4455667'], reason: 'order-cancel', severity: 'watch' }],
    });
    await options.getByLabel('Import a watchlist file (JSON or CSV)').setInputFiles({ name: 'priya.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await options.getByLabel('Import preview').getByText('1 to add').waitFor();
    await options.getByRole('button', { name: 'Apply import' }).click();
    await options.getByText('Imported priya.json: 1 added, 0 updated, 0 skipped.').waitFor();
    await options.close();

    // Every order (a shipped order is not on the unshipped list).
    const page = await harness.open('https://sellercentral.amazon.com/orders-v3');
    await page.locator('seller-guard-watchlist-badge .sg-wl-badge').first().waitFor();
    const report = await audit(page, 'own');
    expect(report.unnamed).toEqual([]);
    expect(report.controls).toBeGreaterThan(0);
    // The audit sees into Seller Guard's shadow roots: a nameless button there is caught.
    await page.evaluate(() => document.querySelector('seller-guard-watchlist-badge')!.shadowRoot!.append(document.createElement('button')));
    expect((await audit(page, 'own')).unnamed).toEqual(['button']);
    await page.close();
  });

  it('contact page: draft panel and the Send-anyway dialog', async () => {
    const page = await harness.open(FIXTURE_URLS.contactUs);
    const field = page.locator('.contact-buyer-text-area kat-textarea textarea');
    await field.click();
    await page.keyboard.type('Write to support@acme-tools.com or call +1 415 555 0134.');
    await page.locator('seller-guard-draft-panel').waitFor();
    const typing = await audit(page, 'own');
    expect(typing.unnamed).toEqual([]);
    expect(typing.live).toContain('alert');

    await page.locator('kat-button.ayb-contact-form-send-button button').click();
    await page.locator('seller-guard-draft-dialog [role="alertdialog"]').waitFor();
    const dialog = await audit(page, 'own');
    expect(dialog.unnamed).toEqual([]);
    expect(dialog.controls).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('popup with search results, and every options section', async () => {
    const page = await harness.open(FIXTURE_URLS.orderUs);
    await page.getByRole('button', { name: 'Capture page' }).click();
    await page.locator('[data-capture-state="saved"]').waitFor();
    const popup = await harness.openPopup(page);
    await popup.getByRole('searchbox').or(popup.getByLabel('Search the archive')).first().fill('112-4837261');
    await popup.getByRole('list').or(popup.getByRole('listbox')).first().waitFor();
    const popupReport = await audit(popup, 'document');
    expect(popupReport.unnamed).toEqual([]);
    expect(popupReport.controls).toBeGreaterThanOrEqual(3);

    const options = await harness.openOptions();
    await options.getByRole('heading', { name: 'Audit log' }).waitFor();
    const optionsReport = await audit(options, 'document');
    expect(optionsReport.unnamed).toEqual([]);
    expect(optionsReport.controls).toBeGreaterThanOrEqual(15);
    await Promise.all([popup.close(), options.close(), page.close()]);
  });
});
