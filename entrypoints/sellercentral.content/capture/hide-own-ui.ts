import { isOwnUi } from '../page/own-ui';

/**
 * Seller Guard's UI must not appear in evidence. Shadow-root hosts cannot be hidden with an
 * inline style (WXT's reset `:host { all: initial !important }` wins), so they get an
 * attribute that capture-panel.css, injected into every Seller Guard shadow root, obeys;
 * plain elements marked `data-seller-guard` are hidden inline.
 */
export const CAPTURING_ATTRIBUTE = 'data-seller-guard-capturing';
let hidden: { element: HTMLElement; inline: string; priority: string }[] = [];

/** Hide every Seller Guard UI on the page (until `showOwnUi`). */
export function hideOwnUi(doc: Document): void {
  for (const element of doc.querySelectorAll<HTMLElement>('*')) {
    if (!isOwnUi(element) || element.hasAttribute(CAPTURING_ATTRIBUTE)) continue;
    const { style } = element;
    hidden.push({ element, inline: style.getPropertyValue('visibility'), priority: style.getPropertyPriority('visibility') });
    element.setAttribute(CAPTURING_ATTRIBUTE, '');
    style.setProperty('visibility', 'hidden', 'important');
  }
}

/** Show Seller Guard's UI again after a shot (progress between tiles) and after the capture. */
export function showOwnUi(): void {
  for (const { element, inline, priority } of hidden) {
    element.removeAttribute(CAPTURING_ATTRIBUTE);
    if (inline) element.style.setProperty('visibility', inline, priority);
    else element.style.removeProperty('visibility');
  }
  hidden = [];
}

/** Resolves once what was just changed on the page has been painted (two animation frames). */
export const painted = (view: Window) =>
  new Promise<void>((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(() => resolve())));
