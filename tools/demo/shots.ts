import type { Locator, Page } from 'playwright-core';
import type { Harness } from '../../tests/e2e/harness';
import { FIXTURE_URLS } from '../../tests/fixtures/site';
import { captureWithPopup, openReadPage, setAgentName, until, watchJordanEllis } from './story';

/** One picture of Seller Guard at work, taken from the fake Seller Central. */
export interface Shot {
  /** File name without `.png`. */
  name: string;
  /** One sentence under the picture (demo tour) and its alt text (README). */
  caption: string;
  take(h: Harness): Promise<Buffer>;
}

const PAD = 16;
const RISKY_DRAFT =
  'Hi Jordan, sorry for the trouble! Write to me at jordan.help@gmail.com or WhatsApp +1 415 555 0134, ' +
  'and I will refund you right away if you leave us a 5-star review.';

/** A screenshot of the region around `locators` (with a margin, inside the viewport); closes the page. */
async function photograph(page: Page, locators: Locator[], pad = PAD): Promise<Buffer> {
  const boxes = (await Promise.all(locators.map((locator) => locator.boundingBox()))).filter((box) => box !== null);
  if (boxes.length === 0) throw new Error('Nothing to photograph: none of the elements is visible');
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const left = Math.max(0, Math.min(...boxes.map((b) => b.x)) - pad);
  const top = Math.max(0, Math.min(...boxes.map((b) => b.y)) - pad);
  const right = Math.min(viewport.width, Math.max(...boxes.map((b) => b.x + b.width)) + pad);
  const bottom = Math.min(viewport.height, Math.max(...boxes.map((b) => b.y + b.height)) + pad);
  const shot = await page.screenshot({ clip: { x: left, y: top, width: right - left, height: bottom - top } });
  await page.close();
  return shot;
}

const watchlistBanner: Shot = {
  name: 'watchlist-banner',
  caption: 'Another order of a buyer on the team’s watchlist: the banner says who, why, how severe and since when.',
  async take(h) {
    await watchJordanEllis(h);
    const page = await openReadPage(h, FIXTURE_URLS.orderUsFba);
    const banner = page.locator('seller-guard-watchlist-banner .sg-wl-banner');
    await banner.waitFor();
    return photograph(page, [banner, page.locator('[data-test-id="order-id-value"]')]);
  },
};

const draftFindings: Shot = {
  name: 'draft-findings',
  caption: 'A risky reply while it is typed: each finding is underlined in the draft and explained next to it.',
  async take(h) {
    const page = await h.open(FIXTURE_URLS.contactUs);
    // Tall enough for the field and its findings below the watchlist banner of this buyer.
    await page.setViewportSize({ width: 1280, height: 1400 });
    const field = page.locator('.contact-buyer-text-area kat-textarea textarea');
    await field.waitFor();
    await field.click();
    await page.keyboard.type(RISKY_DRAFT);
    const panel = page.locator('seller-guard-draft-panel .sg-draft-panel');
    const counter = panel.locator('.sg-draft-counter');
    await until(async () => (await counter.count()) > 0 && (await counter.textContent())?.startsWith(`${RISKY_DRAFT.length} /`) === true, 'the draft findings');
    return photograph(page, [field, panel]);
  },
};

const capturePanel: Shot = {
  name: 'capture-panel',
  caption: 'The capture panel on an order page: one click stores the screenshot, text and data, hash-chained.',
  async take(h) {
    const page = await openReadPage(h, FIXTURE_URLS.orderUs);
    await page.getByRole('button', { name: 'Options' }).click();
    await page.getByRole('radio', { name: 'Full page' }).waitFor();
    return photograph(page, [page.locator('.sg-capture')], 24);
  },
};

const popupResults: Shot = {
  name: 'popup-results',
  caption: 'The toolbar popup: the current page, then the evidence archive, searchable as you type.',
  async take(h) {
    const last = await captureWithPopup(h, [FIXTURE_URLS.threadDe, FIXTURE_URLS.orderUs, FIXTURE_URLS.threadUs]);
    const popup = await h.openPopup(last);
    // About the toolbar popup's size; the picture ends where its content does.
    await popup.setViewportSize({ width: 400, height: 900 });
    await until(async () => (await popup.getByRole('option').count()) === 3, 'three archive results');
    await until(async () => (await popup.locator('img').count()) >= 3, 'the thumbnails');
    const shot = await photograph(popup, [popup.locator('body')], 0);
    await last.close();
    return shot;
  },
};

const options: Shot = {
  name: 'options',
  caption: 'Options: the agent’s name, allowed link domains, capture, retention, the watchlist and the audit log.',
  async take(h) {
    const page = await h.openOptions();
    await page.setViewportSize({ width: 1024, height: 720 });
    await page.getByLabel('Your name').waitFor();
    return photograph(page, [page.locator('body')], 0);
  },
};

// TODO(welcome page): add a `welcome` shot (entrypoints/welcome/, built on another branch) once it is merged.

/** The pictures, in the order an agent meets them (the demo tour and docs/screenshots). */
export const SHOTS: Shot[] = [watchlistBanner, draftFindings, capturePanel, popupResults, options];

/**
 * Takes every shot in order in one browser (later shots may rely on what earlier ones did,
 * e.g. the watchlist entry) and hands each picture to `save`.
 */
export async function renderShots(h: Harness, shots: Shot[], save: (shot: Shot, png: Buffer) => void): Promise<void> {
  await setAgentName(h);
  for (const shot of shots) save(shot, await shot.take(h));
}
