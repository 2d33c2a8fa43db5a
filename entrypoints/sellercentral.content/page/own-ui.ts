/** Every shadow host Seller Guard mounts is named `seller-guard-…` (see mount-ui.ts). */
export const OWN_UI_PREFIX = 'seller-guard-';
/** Plain elements Seller Guard adds to the page carry this attribute. */
const OWN_UI_ATTRIBUTE = 'data-seller-guard';

/**
 * True when `node` is Seller Guard's own UI, never page content: a `seller-guard-…` host or an
 * element marked `data-seller-guard`, or anything inside one's (nested) shadow roots.
 */
export function isOwnUi(node: Node): boolean {
  for (let current: Node | null = node; current; ) {
    if (current instanceof Element && (current.localName.startsWith(OWN_UI_PREFIX) || current.hasAttribute(OWN_UI_ATTRIBUTE))) return true;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}
