/**
 * Text as the agent sees it, including text inside OPEN shadow roots (Katal components draw
 * labels and alerts there) and slotted content, skipping scripts, styles, form-control values,
 * hidden elements and Seller Guard's own in-page UI. Shared by the page readers and by capture.
 */
import { isOwnUi } from '../page/own-ui';

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'SVG', 'svg', 'IFRAME']);
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LEGEND',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
  'KAT-ALERT', 'KAT-BOX', 'KAT-MODAL', 'KAT-RADIOBUTTON', 'KAT-TEXTAREA', 'KAT-CHECKBOX',
]);
const CELL_TAGS = new Set(['TD', 'TH']);
const ELEMENT = 1;
const TEXT = 3;
const FRAGMENT = 11;

interface VisibleTextOptions {
  /** Leave out an element and everything in it (e.g. message bodies when looking for banners). */
  skip?: (element: Element) => boolean;
  /**
   * Ask the engine for each element's computed display and visibility (exact in a browser, where
   * it is cheap; slow in happy-dom). Off: tags, `hidden`, inline styles and AUI's hiding classes decide.
   */
  computedStyle?: boolean;
}

// Amazon's AUI hides with classes; a-offscreen is screen-reader text duplicating what is shown.
const HIDING_CLASSES = ['a-hidden', 'aok-hidden', 'a-offscreen', 'aok-offscreen', 'a-popover-preload'];
const INLINE_HIDDEN = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)\s*(;|$)/i;

function computedStyleOf(element: Element): CSSStyleDeclaration | null {
  return element.ownerDocument?.defaultView?.getComputedStyle(element) ?? null;
}

/**
 * True when `element` is not shown: `hidden`, an inline `display: none`/`visibility: hidden`,
 * an AUI hiding class, or (with `computedStyle`) a computed `display: none`/`visibility: hidden`.
 */
export function isHidden(element: Element, computedStyle = false): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (INLINE_HIDDEN.test(element.getAttribute('style') ?? '')) return true;
  if (HIDING_CLASSES.some((name) => element.classList?.contains(name))) return true;
  // A slot has no box of its own (display: contents): only its assigned nodes can be hidden.
  if (!computedStyle || element.tagName === 'SLOT') return false;
  const style = computedStyleOf(element);
  return style !== null && (style.display === 'none' || style.visibility === 'hidden');
}

type Layout = 'block' | 'cell' | 'inline';
const BLOCK_DISPLAYS = /^(block|flex|grid|list-item|table|table-row|table-row-group|table-header-group|table-footer-group|table-caption|flow-root)$/;

function layoutOf(element: Element, computedStyle: boolean): Layout {
  if (computedStyle && element.tagName !== 'SLOT') {
    const display = computedStyleOf(element)?.display ?? '';
    if (display === 'table-cell') return 'cell';
    if (BLOCK_DISPLAYS.test(display)) return 'block';
    if (display) return 'inline';
  }
  return BLOCK_TAGS.has(element.tagName) ? 'block' : CELL_TAGS.has(element.tagName) ? 'cell' : 'inline';
}

function assignedNodes(slot: Element): Node[] {
  const assigned = (slot as HTMLSlotElement).assignedNodes?.() ?? [];
  return assigned.length ? assigned : [...slot.childNodes];
}

function childrenToRender(node: Node): Node[] {
  if (node.nodeType === ELEMENT) {
    const element = node as Element;
    if (element.shadowRoot) return [...element.shadowRoot.childNodes];
    if (element.tagName === 'SLOT' && element.getRootNode().nodeType === FRAGMENT) return assignedNodes(element);
  }
  return [...node.childNodes];
}

// Only `pre`-like white-space keeps a text node's line breaks (multi-line buyer messages).
function keepsNewlines(parent: Element | null): boolean {
  if (!parent) return false;
  if (parent.closest('pre')) return true;
  const style = computedStyleOf(parent);
  return Boolean(style && /^pre/.test(style.whiteSpace));
}

const CONTROL_TAGS = new Set(['BUTTON', 'KAT-BUTTON', 'KAT-DROPDOWN-BUTTON', 'KAT-DROPDOWN', 'SELECT']);

/**
 * True for controls whose caption is neither a label nor a value: a "Contact buyer" button next
 * to "Refund order" must not read as the label "Contact buyer" followed by the name "Refund order".
 * For `visibleLines(root, { skip: isControl })` when reading fields.
 */
export function isControl(element: Element): boolean {
  return CONTROL_TAGS.has(element.tagName) || /^(button|menu|menubar|menuitem|tab|tablist)$/.test(element.getAttribute('role') ?? '');
}

/** Visible text of `root` as trimmed, non-empty lines (block elements start lines; cells are tab-separated). */
export function visibleLines(root: Node | null | undefined, options: VisibleTextOptions = {}): string[] {
  if (!root) return [];
  const start = root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  const parts: string[] = [];
  const computed = options.computedStyle ?? false;
  const walk = (node: Node) => {
    if (node.nodeType === TEXT) {
      const data = node.nodeValue ?? '';
      const multiline = data.includes('\n') && data.trim() !== '' && keepsNewlines(node.parentElement);
      parts.push(multiline ? data : data.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType === FRAGMENT) {
      for (const child of node.childNodes) walk(child);
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const element = node as Element;
    const tag = element.tagName;
    if (SKIPPED_TAGS.has(tag) || isOwnUi(element) || options.skip?.(element) || isHidden(element, computed)) return;
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    const layout = layoutOf(element, computed);
    if (layout === 'block') parts.push('\n');
    for (const child of childrenToRender(element)) walk(child);
    if (layout === 'block') parts.push('\n');
    else if (layout === 'cell') parts.push('\t');
  };
  walk(start);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').replace(/ *\t[\s\t]*/g, '\t').replace(/^[\s\t]+|[\s\t]+$/g, ''))
    .filter(Boolean);
}

/** Visible text of `root`, one line per block, as the agent reads it. */
export function visibleText(root: Node | null | undefined, options: VisibleTextOptions = {}): string {
  return visibleLines(root, options).join('\n');
}

/** Every element matching `selector` in `root` and in every open shadow root below it (not ours). */
export function deepQuerySelectorAll<E extends Element = Element>(root: ParentNode, selector: string): E[] {
  const found: E[] = [...root.querySelectorAll<E>(selector)];
  const rootHost = (root as Element).shadowRoot;
  if (rootHost) found.push(...deepQuerySelectorAll<E>(rootHost, selector));
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot && !isOwnUi(element)) found.push(...deepQuerySelectorAll<E>(element.shadowRoot, selector));
  }
  return found;
}

/** The first element matching any of `selectors`, searched in order, open shadow roots included. */
export function deepQuerySelector<E extends Element = Element>(root: ParentNode, selectors: string | readonly string[]): E | null {
  for (const selector of typeof selectors === 'string' ? [selectors] : selectors) {
    const light = root.querySelector<E>(selector);
    if (light) return light;
    const deep = deepQuerySelectorAll<E>(root, selector)[0];
    if (deep) return deep;
  }
  return null;
}
