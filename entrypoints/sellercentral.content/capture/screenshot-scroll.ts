import type { PageGeometry, TileState } from '../../../utils/capture-protocol';
import { hideOwnUi, painted, showOwnUi } from './hide-own-ui';
import { personalDataRects } from './personal-blocks';
import { isOwnUi } from '../page/own-ui';

/**
 * The page's side of a screenshot: hide Seller Guard's own UI for each shot, find what scrolls (the
 * document, or Seller Central's inner container when the document does not scroll), scroll
 * it tile by tile with fixed/sticky parts hidden after the first tile, and put everything
 * back afterwards.
 */

interface Hidden {
  element: HTMLElement;
  value: string;
  priority: string;
}

let hidden: Hidden[] = [];
let scroller: Element | null = null;
let restoreScroll: (() => void) | null = null;
let stickyHidden = false;
let watchdog: ReturnType<typeof setTimeout> | undefined;

/**
 * If the background stops mid-capture (the service worker was shut down), nobody sends
 * restorePage: put the page back by itself after a quiet spell. Every capture step re-arms it.
 */
const WATCHDOG_MS = 15_000;
function armWatchdog(): void {
  clearTimeout(watchdog);
  watchdog = setTimeout(restorePage, WATCHDOG_MS);
}

function hide(element: HTMLElement, into: Hidden[]): void {
  if (into.some((h) => h.element === element)) return;
  const style = element.style;
  into.push({ element, value: style.getPropertyValue('visibility'), priority: style.getPropertyPriority('visibility') });
  style.setProperty('visibility', 'hidden', 'important');
}

function unhide(list: Hidden[]): void {
  for (const { element, value, priority } of list) {
    if (value) element.style.setProperty('visibility', value, priority);
    else element.style.removeProperty('visibility');
  }
}

/** Every element of the page, including those in open shadow roots (not Seller Guard's own). */
function* allElements(root: Document | ShadowRoot): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    if (isOwnUi(element)) continue;
    yield element;
    if (element.shadowRoot) yield* allElements(element.shadowRoot);
  }
}

/** The inner element that scrolls the page's content when the document itself does not. */
function findScroller(doc: Document): Element | null {
  const view = doc.defaultView!;
  const root = doc.scrollingElement ?? doc.documentElement;
  if (root.scrollHeight > view.innerHeight + 1) return null;
  let best: Element | null = null;
  let bestArea = 0;
  for (const element of allElements(doc)) {
    if (element.scrollHeight <= element.clientHeight + 1 || element.clientHeight === 0) continue;
    const overflow = view.getComputedStyle(element).overflowY;
    if (overflow !== 'auto' && overflow !== 'scroll' && overflow !== 'overlay') continue;
    const area = element.clientWidth * element.clientHeight;
    if (area > bestArea) [best, bestArea] = [element, area];
  }
  return best;
}

/**
 * Two animation frames mean the hidden UI was drawn, but on a busy machine the compositor can
 * still hand `captureVisibleTab` the frame before it (seen on a loaded two-core CI machine): wait at
 * least this long after hiding, then one more pair of frames.
 */
const HIDE_SETTLE_MS = 60;

/** Hide Seller Guard's UI and resolve once the page is painted without it. */
export async function hideForShot(doc: Document): Promise<void> {
  const view = doc.defaultView!;
  armWatchdog();
  const hiddenAt = view.performance.now();
  hideOwnUi(doc);
  await painted(view);
  const rest = HIDE_SETTLE_MS - (view.performance.now() - hiddenAt);
  if (rest > 0) await new Promise((resolve) => view.setTimeout(resolve, rest));
  await painted(view);
}

/**
 * Visible area: hide Seller Guard's UI for the shot. Full page: measure what scrolls and
 * remember where it was (the UI stays, showing progress, until each tile's `hideForShot`).
 */
export async function prepareCapture(doc: Document, fullPage: boolean, mask: boolean): Promise<PageGeometry> {
  const view = doc.defaultView!;
  armWatchdog();
  const viewport = { viewportWidth: view.innerWidth, viewportHeight: view.innerHeight };
  if (!fullPage) {
    await hideForShot(doc);
    const maskRects = mask ? personalDataRects(doc) : [];
    return { ...viewport, area: { top: 0, height: view.innerHeight, scrollHeight: view.innerHeight }, scroller: 'document', maskRects };
  }
  const maskRects = mask ? personalDataRects(doc) : [];
  scroller = findScroller(doc);
  if (scroller) {
    const element = scroller;
    const start = element.scrollTop;
    restoreScroll = () => element.scrollTo({ top: start, behavior: 'instant' });
    const rect = element.getBoundingClientRect();
    const top = Math.max(0, rect.top + element.clientTop);
    return { ...viewport, area: { top, height: element.clientHeight, scrollHeight: element.scrollHeight }, scroller: 'inner', maskRects };
  }
  const startX = view.scrollX;
  const startY = view.scrollY;
  restoreScroll = () => view.scrollTo({ left: startX, top: startY, behavior: 'instant' });
  const scrollHeight = Math.max(doc.documentElement.scrollHeight, doc.body?.scrollHeight ?? 0);
  return { ...viewport, area: { top: 0, height: view.innerHeight, scrollHeight }, scroller: 'document', maskRects };
}

/** Scroll to tile `index` at `y` and wait until it is painted. */
export async function scrollTile(doc: Document, index: number, y: number, mask: boolean): Promise<TileState> {
  const view = doc.defaultView!;
  armWatchdog();
  if (index > 0 && !stickyHidden) {
    stickyHidden = true;
    for (const element of allElements(doc)) {
      const position = view.getComputedStyle(element).position;
      // Never hide what holds the scrolling content itself (an app shell may be fixed).
      if ((position === 'fixed' || position === 'sticky') && !(scroller && element.contains(scroller))) {
        hide(element as HTMLElement, hidden);
      }
    }
  }
  if (scroller) scroller.scrollTo({ top: y, behavior: 'instant' });
  else view.scrollTo({ left: view.scrollX, top: y, behavior: 'instant' });
  await painted(view);
  const actual = scroller ? scroller.scrollTop : view.scrollY;
  return { y: actual, maskRects: mask ? personalDataRects(doc) : [] };
}

/** Undo everything: hidden parts, scroll position, Seller Guard's UI. */
export function restorePage(): void {
  clearTimeout(watchdog);
  unhide(hidden);
  hidden = [];
  stickyHidden = false;
  restoreScroll?.();
  restoreScroll = null;
  scroller = null;
  showOwnUi();
}
