/**
 * Where the watchlist's in-page UI goes. Guesses about Seller Central's layout live here,
 * in one place: the page's own content root (order app, messaging app, contact form),
 * else the content container, else the top of the body.
 */

import { SELECTORS } from '../readers/page-vocabulary';

const CONTENT_ROOTS = SELECTORS.contentRoots;
const CONTAINERS = SELECTORS.contentContainers;

/** Tag names of the watchlist's shadow hosts, so they stack together above the content. */
export const BANNER_HOST = 'seller-guard-watchlist-banner';
export const ADD_HOST = 'seller-guard-watchlist-add';
export const BADGE_HOST = 'seller-guard-watchlist-badge';

const isStacked = (element: Element | null) => element?.localName === BANNER_HOST || element?.localName === ADD_HOST;

/**
 * Put `host` just above the page content. With `top`, above any watchlist UI already there
 * (the banner goes above the "Add to watchlist" bar, whichever mounted first).
 */
export function placeAboveContent(doc: Document, host: Element, top: boolean): void {
  const root = CONTENT_ROOTS.map((selector) => doc.querySelector(selector)).find((found) => found?.parentElement);
  if (root?.parentElement) {
    let before: Element = root;
    while (top && isStacked(before.previousElementSibling)) before = before.previousElementSibling!;
    before.parentElement!.insertBefore(host, before);
    return;
  }
  const container = CONTAINERS.map((selector) => doc.querySelector(selector)).find(Boolean) ?? doc.body;
  const first = top ? container.firstElementChild : firstNonStacked(container);
  container.insertBefore(host, first);
}

function firstNonStacked(container: Element): Element | null {
  let child = container.firstElementChild;
  while (child && isStacked(child)) child = child.nextElementSibling;
  return child;
}
