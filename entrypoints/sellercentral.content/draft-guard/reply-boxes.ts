import { OWN_UI_PREFIX } from '../page/own-ui';
import { isExcludedField, outermostHost } from './exclusions';
import { SELECTORS } from '../readers/page-vocabulary';

/** A field the agent writes a buyer reply in. */
export interface ReplyBox {
  /** The element holding the text: a `<textarea>` or a contenteditable root. */
  field: HTMLElement;
  /** The outermost light-DOM element holding it (`kat-textarea`, or the field itself). */
  host: Element;
  kind: 'textarea' | 'contenteditable';
}

const EDITABLE = ['', 'true', 'plaintext-only'];

function isEditableRoot(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  if (value === null || !EDITABLE.includes(value.toLowerCase())) return false;
  const parent = element.parentElement?.closest(SELECTORS.editable);
  return !parent || !EDITABLE.includes((parent.getAttribute('contenteditable') ?? '').toLowerCase());
}

function isHidden(element: Element): boolean {
  return (
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    (element instanceof HTMLElement && element.style.display === 'none')
  );
}

/**
 * The reply box `element` is, or null when it is not a field a reply is written in (a
 * disabled or read-only textarea, a search box, the seller's private notes, our own UI).
 */
export function replyBoxOf(element: Element): ReplyBox | null {
  let kind: ReplyBox['kind'];
  if (element instanceof HTMLTextAreaElement) {
    if (element.disabled || element.readOnly) return null;
    kind = 'textarea';
  } else if (element instanceof HTMLElement && isEditableRoot(element)) {
    kind = 'contenteditable';
  } else {
    return null;
  }
  const host = outermostHost(element) as Element;
  if (isHidden(element) || isHidden(host) || isExcludedField(element, host)) return null;
  return { field: element, host, kind };
}

/**
 * Every open shadow root under `root` (including in `root` itself when it is a host),
 * depth first, except Seller Guard's own. Katal components keep their real controls in
 * open shadow roots.
 */
export function openShadowRoots(root: Document | ShadowRoot | Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const isPage = (element: Element) => !element.localName.startsWith(OWN_UI_PREFIX);
  const visit = (scope: Document | ShadowRoot | Element) => {
    if (scope instanceof Element && scope.shadowRoot && isPage(scope)) {
      found.push(scope.shadowRoot);
      visit(scope.shadowRoot);
    }
    for (const element of scope.querySelectorAll('*')) {
      if (!element.shadowRoot || !isPage(element)) continue;
      found.push(element.shadowRoot);
      visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/**
 * Every reply box under `root`, looking into open shadow roots: the contact page's
 * `kat-textarea` (its real `<textarea>` is inside), a thread's reply box, plain textareas
 * and contenteditable fields. Excluded fields (see exclusions.ts) are left out.
 */
export function findReplyBoxes(root: Document | ShadowRoot | Element): ReplyBox[] {
  const boxes: ReplyBox[] = [];
  for (const scope of [root, ...openShadowRoots(root)]) {
    const elements = [...scope.querySelectorAll(SELECTORS.replyField)];
    if (scope instanceof Element && scope.matches(SELECTORS.replyField)) elements.unshift(scope);
    for (const element of elements) {
      const box = replyBoxOf(element);
      if (box) boxes.push(box);
    }
  }
  return boxes;
}
