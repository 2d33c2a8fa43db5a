/**
 * Where Seller Guard's in-page panels go: in the page flow, just above the page's own content,
 * so they push the page down instead of lying over its buttons, links and fields. Guesses about
 * Seller Central's layout live here, in one place: the page's own content root (order app,
 * messaging app, contact form), else the content container, else the top of the body.
 */

import { SELECTORS } from '../readers/page-vocabulary';

const CONTENT_ROOTS = SELECTORS.contentRoots;
const CONTAINERS = SELECTORS.contentContainers;

/** Tag names of the shadow hosts stacked above the content. */
export const STATUS_HOST = 'seller-guard-status';
export const BANNER_HOST = 'seller-guard-watchlist-banner';
export const ADD_HOST = 'seller-guard-watchlist-add';
export const CAPTURE_HOST = 'seller-guard-capture';
export const CAPTURE_TOAST_HOST = 'seller-guard-capture-toast';
export const BADGE_HOST = 'seller-guard-watchlist-badge';

/** Top to bottom: the page status, the watchlist warning, then the agent's tools. */
const STACK: readonly string[] = [STATUS_HOST, BANNER_HOST, ADD_HOST, CAPTURE_HOST, CAPTURE_TOAST_HOST];

const rankOf = (element: Element | null) => (element ? STACK.indexOf(element.localName) : -1);

/**
 * Put `host` just above the page content, in its place among the other stacked hosts already
 * there (STACK order, whichever mounted first).
 */
export function placeAboveContent(doc: Document, host: Element): void {
  const rank = rankOf(host);
  const root = CONTENT_ROOTS.map((selector) => doc.querySelector(selector)).find((found) => found?.parentElement);
  if (root?.parentElement) {
    let before: Element = root;
    while (rankOf(before.previousElementSibling) > rank) before = before.previousElementSibling!;
    before.parentElement!.insertBefore(host, before);
    return;
  }
  const container = CONTAINERS.map((selector) => doc.querySelector(selector)).find(Boolean) ?? doc.body;
  let first = container.firstElementChild;
  while (first && rankOf(first) >= 0 && rankOf(first) < rank) first = first.nextElementSibling;
  container.insertBefore(host, first);
}
