import { isOwnUi } from './readers/dom-text';

/**
 * Seller Guard's UI must not appear in evidence. Its hosts cannot be hidden with an inline
 * style (WXT's shadow-root reset `:host { all: initial !important }` wins), so they get an
 * attribute that capture-panel.css, injected into every Seller Guard shadow root, obeys.
 */
export const CAPTURING_ATTRIBUTE = 'data-seller-guard-capturing';
let hidden: Element[] = [];

/** Hide every Seller Guard UI on the page (until `showOwnUi`). */
export function hideOwnUi(doc: Document): void {
  for (const element of doc.querySelectorAll('*')) {
    if (!isOwnUi(element) || element.hasAttribute(CAPTURING_ATTRIBUTE)) continue;
    element.setAttribute(CAPTURING_ATTRIBUTE, '');
    hidden.push(element);
  }
}

/** Show Seller Guard's UI again after a shot (progress between tiles) and after the capture. */
export function showOwnUi(): void {
  for (const element of hidden) element.removeAttribute(CAPTURING_ATTRIBUTE);
  hidden = [];
}

/** Resolves once what was just changed on the page has been painted (two animation frames). */
export const painted = (view: Window) =>
  new Promise<void>((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(() => resolve())));
