import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS } from '../fixtures/site';
import { launchExtension, type Harness } from './harness';

/**
 * The popup and Options as an agent who works from the keyboard, in forced colours or at
 * 200 % browser zoom uses them: the popup is 380 px wide with the current page on top, the
 * archive results move with the arrow keys, open with Enter and close with Escape (the focus
 * comes back); every control keeps a visible boundary and focus ring in forced colours; and
 * nothing scrolls sideways or falls out of reach at 200 %.
 */
let h: Harness;
let orderPage: Page;

/** Capture a fixture page with its in-page button (screenshot included in the e2e build). */
async function capture(url: string, seq: number): Promise<Page> {
  const page = await h.open(url);
  await page.bringToFront();
  await page.locator('[data-test-id="order-id-value"], .message-component').first().waitFor();
  await page.getByRole('button', { name: 'Capture page' }).click();
  await page.locator(`[data-capture-state="saved"][data-capture-seq="${seq}"]`).waitFor({ timeout: 60_000 });
  return page;
}

beforeAll(async () => {
  h = await launchExtension('e2e');
  await capture(FIXTURE_URLS.threadUs, 1);
  orderPage = await capture(FIXTURE_URLS.orderUs, 2);
}, 240_000);
afterAll(async () => {
  await h?.close();
});

async function openPopup(): Promise<Page> {
  const popup = await h.openPopup(orderPage);
  await popup.getByRole('option').nth(1).waitFor();
  return popup;
}

/** What the element with the focus shows around itself. */
const focusRing = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return { tag: el.tagName, name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40), style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor };
  });

const visibleRing = (ring: { style: string; width: number; color: string }) =>
  ring.style !== 'none' && ring.width >= 1 && !/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(ring.color);

/**
 * Tab through the whole page and report every stop whose focus indicator is missing, plus
 * how many stops there were.
 */
async function tabStopsWithoutRing(page: Page): Promise<{ stops: number; missing: string[] }> {
  const missing: string[] = [];
  let stops = 0;
  let outside = 0;
  for (let presses = 0; presses < 400; presses++) {
    await page.keyboard.press('Tab');
    const ring = await focusRing(page);
    // Past the last control the focus leaves the page once, then starts again at the top.
    if (!ring) {
      if (++outside > 2) break;
      continue;
    }
    // Back at a control already visited: the cycle through the page is complete.
    const again = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      if (el.dataset.sgVisited) return true;
      el.dataset.sgVisited = '1';
      return false;
    });
    if (again) break;
    stops++;
    if (!visibleRing(ring)) missing.push(`${ring.tag} "${ring.name}" (${ring.style} ${ring.width}px ${ring.color})`);
  }
  return { stops, missing };
}

/** Controls drawn without any boundary (border, or underline for a link) in the current colours. */
const controlsWithoutBoundary = (page: Page) =>
  page.evaluate(() => {
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const native = (el: Element) => el instanceof HTMLInputElement && ['checkbox', 'radio', 'file'].includes(el.type);
    const bordered = (style: CSSStyleDeclaration) =>
      (['Top', 'Right', 'Bottom', 'Left'] as const).some((side) => {
        const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
        const kind = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
        const color = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
        return width >= 1 && kind !== 'none' && kind !== 'hidden' && !/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(color);
      });
    const controls = [...document.querySelectorAll('button, input, select, textarea, a[href], [role="option"]')].filter(
      (el) => visible(el) && !native(el),
    );
    return controls
      .filter((el) => {
        const style = getComputedStyle(el);
        return !bordered(style) && !style.textDecorationLine.includes('underline');
      })
      .map((el) => `${el.tagName} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`);
  });

describe('popup', () => {
  it('is exactly 380 px wide, shows the current page first and results with thumbnails', async () => {
    const popup = await openPopup();
    const size = await popup.evaluate(() => ({
      width: document.documentElement.getBoundingClientRect().width,
      scroll: document.body.scrollWidth,
      firstSection: document.querySelector('main section')?.getAttribute('aria-label'),
    }));
    expect(size).toEqual({ width: 380, scroll: 380, firstSection: 'Current page' });
    await expect.poll(() => popup.locator('[role="option"] .archive-thumb img').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    // The detail view stays inside the 380 px too (long hashes and URLs wrap).
    await popup.getByRole('option').first().click();
    await popup.getByRole('article').waitFor();
    expect(await popup.evaluate(() => document.body.scrollWidth)).toBe(380);
    await popup.close();
  });

  it('moves through results with the arrow keys, opens one with Enter and comes back with Escape', async () => {
    const popup = await openPopup();
    const box = popup.getByRole('combobox', { name: 'Search the archive' });
    await box.click();
    const selected = () => popup.getByRole('option', { selected: true }).getAttribute('data-capture-id');
    const ids = await popup.getByRole('option').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-capture-id')));
    await expect.poll(selected).toBe(ids[0]);

    await popup.keyboard.press('ArrowDown');
    await expect.poll(selected).toBe(ids[1]);
    await popup.keyboard.press('ArrowDown');
    await expect.poll(selected).toBe(ids[1]); // the last result stays selected
    await popup.keyboard.press('ArrowUp');
    await expect.poll(selected).toBe(ids[0]);
    await popup.keyboard.press('ArrowDown');
    await expect.poll(selected).toBe(ids[1]);

    // The selected result shows a focus ring while the search box keeps the focus.
    const active = popup.getByRole('option', { selected: true });
    expect(visibleRing(await active.evaluate((el) => {
      const style = getComputedStyle(el);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth), color: style.outlineColor };
    }))).toBe(true);
    const activeId = await active.getAttribute('id');
    await expect.poll(() => box.getAttribute('aria-activedescendant')).toBe(activeId);

    await popup.keyboard.press('Enter');
    const detail = popup.getByRole('article');
    await detail.waitFor();
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('archive-back'))).toBe(true);
    expect(visibleRing((await focusRing(popup))!)).toBe(true);

    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Escape');
    await expect.poll(() => detail.count()).toBe(0);
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await expect.poll(selected).toBe(ids[1]);
    const selectedId = await popup.getByRole('option', { selected: true }).getAttribute('id');
    await expect.poll(() => box.getAttribute('aria-activedescendant')).toBe(selectedId);
    await popup.close();
  });
});

describe('forced colours', () => {
  it.each(['popup', 'options'] as const)('%s: every control keeps a boundary and a visible focus ring', async (which) => {
    const page = which === 'popup' ? await openPopup() : await h.openOptions();
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    await page.locator('main h1').waitFor();
    if (which === 'options') await page.getByRole('button', { name: 'Save settings' }).waitFor();
    expect(await controlsWithoutBoundary(page)).toEqual([]);
    const { stops, missing } = await tabStopsWithoutRing(page);
    expect(stops).toBeGreaterThan(which === 'popup' ? 3 : 20);
    expect(missing).toEqual([]);
    await page.close();
  });

  it('the selected result and the current options section are marked by more than colour', async () => {
    const popup = await openPopup();
    await popup.emulateMedia({ forcedColors: 'active' });
    const outlines = await popup.getByRole('option').evaluateAll((rows) => rows.map((row) => getComputedStyle(row).outlineStyle));
    expect(outlines[0]).not.toBe('none');
    expect(outlines.slice(1).every((style) => style === 'none')).toBe(true);
    await popup.close();

    const options = await h.openOptions();
    await options.emulateMedia({ forcedColors: 'active' });
    const current = options.getByRole('navigation').locator('a[aria-current]');
    const other = options.getByRole('navigation').locator('a:not([aria-current])').first();
    const look = (link: typeof current) => link.evaluate((el) => ({ weight: getComputedStyle(el).fontWeight, border: getComputedStyle(el).borderLeftWidth }));
    expect(await look(current)).not.toEqual(await look(other));
    expect(Number((await look(current)).weight)).toBeGreaterThan(Number((await look(other)).weight));
    await options.close();
  });
});

describe('200 % browser zoom', () => {
  /** Zoom the tab showing `page` the way the agent does (Ctrl +), not with CSS. */
  async function zoom(page: Page, factor: number) {
    const tabId = await h.tabIdOf(page);
    await h.worker.evaluate(async ([id, level]) => chrome.tabs.setZoom(id, level), [tabId, factor] as const);
    await expect.poll(() => page.evaluate(() => window.devicePixelRatio), { timeout: 10_000 }).toBeCloseTo(factor, 1);
  }

  /** Controls cut off at the left or right edge of the window (out of reach without sideways scrolling). */
  const controlsOutOfReach = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], summary')]
        .filter((el) => el.getClientRects().length > 0)
        .filter((el) => {
          const rect = el.getBoundingClientRect();
          return rect.left < 0 || rect.right > document.documentElement.clientWidth + 0.5;
        })
        .map((el) => `${el.tagName} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`),
    );

  it('options: no horizontal scrolling, every control inside the window and reachable with Tab', async () => {
    const options = await h.openOptions();
    await options.getByRole('button', { name: 'Save settings' }).waitFor();
    await zoom(options, 2);
    const widths = await options.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(await controlsOutOfReach(options)).toEqual([]);
    const { stops, missing } = await tabStopsWithoutRing(options);
    expect(stops).toBeGreaterThan(20);
    expect(missing).toEqual([]);
    await options.close();
  });

  it('popup: no horizontal scrolling and every control inside the window', async () => {
    const popup = await openPopup();
    await zoom(popup, 2);
    expect(await popup.evaluate(() => Math.max(document.body.scrollWidth, document.documentElement.scrollWidth) <= document.documentElement.clientWidth)).toBe(true);
    expect(await controlsOutOfReach(popup)).toEqual([]);
    await popup.close();
  });
});

describe('options side navigation', () => {
  it('is a named list of links, one per section, that the keyboard follows into the section', async () => {
    const options = await h.openOptions();
    const nav = options.getByRole('navigation', { name: 'Sections' });
    const links = nav.getByRole('link');
    const sections = await options.locator('.options-sections > section').evaluateAll((all) => all.map((s) => s.id));
    expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).toEqual(sections.map((id) => `#${id}`));
    await nav.getByRole('link', { name: 'Buyer watchlist' }).focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => nav.locator('a[aria-current]').textContent()).toBe('Buyer watchlist');
    await options.keyboard.press('Tab');
    expect(await options.evaluate(() => document.activeElement?.closest('section')?.id)).toBe('watchlist');
    await options.close();
  });
});
