/**
 * Where the draft guard must not look: Seller Guard's own UI, and Seller Central fields that
 * are not replies to a buyer. Every guess about which page fields are not replies lives
 * here, in one place, so it is easy to correct when a real page disagrees.
 */

/** Every shadow host Seller Guard mounts is named `seller-guard-…` (see mount-ui.ts). */
export const OWN_UI_PREFIX = 'seller-guard-';

/** Fields that are never replies, by selector (search boxes, comboboxes, read-only fields). */
export const NOT_REPLY_SELECTORS = [
  '[role="search"] *',
  'form[role="search"] *',
  '[role="searchbox"]',
  '[role="combobox"]',
  '[type="search"]',
  '[aria-readonly="true"]',
  '[data-test-id*="note" i]',
  '[data-test-id*="memo" i]',
  '[data-test-id*="search" i]',
].join(', ');

/**
 * Text near a field that says it is for the seller only. The English seller-notes box says
 * "For your records only, will not be displayed to the buyer." (seen); the other languages
 * are guesses.
 */
export const PRIVATE_NOTE_TEXT: readonly RegExp[] = [
  /for your records only|not be (?:displayed|shown|visible) to the buyer|seller (?:memo|notes?)\b/i,
  /nur für ihre unterlagen|wird dem käufer nicht angezeigt|verkäufernotiz/i,
  /pour vos dossiers|ne sera pas (?:affichée?|visible) (?:pour|par|à) l['’]acheteur|note du vendeur/i,
  /solo para sus registros|no se mostrará al comprador|nota del vendedor/i,
  /solo per (?:i tuoi|le tue) (?:archivi|registrazioni)|non sarà visibile all['’]acquirente|nota del venditore/i,
  /記録用|購入者には表示されません|出品者メモ/,
  /仅供您记录|不会向买家显示|卖家备注/,
];

/** A field's own name or hint saying it searches (checked on the field only, never nearby text). */
export const SEARCH_FIELD_TEXT = /\bsearch|suche|recherch|buscar|busca|cerca|検索|搜索/i;

/** The light-DOM element a node belongs to: itself, or the host of its (nested) shadow roots. */
export function outermostHost(node: Node): Node {
  let current = node;
  for (let root = current.getRootNode(); root instanceof ShadowRoot; root = current.getRootNode()) {
    current = root.host;
  }
  return current;
}

/** True when `node` is inside one of Seller Guard's own shadow roots. */
export function isOwnUi(node: Node): boolean {
  for (let current: Node | null = node; current; ) {
    if (current instanceof Element && current.localName.startsWith(OWN_UI_PREFIX)) return true;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return false;
}

/**
 * True when `field` (a textarea or contenteditable element, possibly inside a custom
 * element's shadow root) is not a reply to a buyer: our own UI, a search box, the seller's
 * private notes. `host` is the outermost light-DOM element holding it (e.g. `kat-textarea`).
 */
export function isExcludedField(field: Element, host: Element): boolean {
  if (isOwnUi(field)) return true;
  if (field.matches(NOT_REPLY_SELECTORS) || (host !== field && host.matches(NOT_REPLY_SELECTORS))) return true;
  if (ownTexts(field, host).some((text) => SEARCH_FIELD_TEXT.test(text))) return true;
  const texts = [...ownTexts(field, host), ...nearbyTexts(host)];
  return PRIVATE_NOTE_TEXT.some((pattern) => texts.some((text) => pattern.test(text)));
}

const FIELD_LIKE = 'textarea, [contenteditable], kat-textarea, kat-input, input:not([type="hidden"])';

/** A field's and its host's own labels and hints. */
function ownTexts(field: Element, host: Element): string[] {
  const texts: string[] = [];
  for (const element of new Set([field, host])) {
    for (const name of ['aria-label', 'placeholder', 'title', 'label', 'data-test-id', 'name', 'id']) {
      const value = element.getAttribute(name);
      if (value) texts.push(value);
    }
    const labels = (element as HTMLTextAreaElement).labels;
    if (labels) for (const label of labels) texts.push(label.textContent ?? '');
    for (const id of (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)) {
      const root = element.getRootNode() as Document | ShadowRoot;
      texts.push(root.getElementById?.(id)?.textContent ?? '');
    }
  }
  return texts;
}

/**
 * The text of a field's closest containers, for as long as they hold no other field (so a
 * memo's caption cannot leak onto the reply box next to it) and stay short.
 */
function nearbyTexts(host: Element): string[] {
  const texts: string[] = [];
  let container = host.parentElement;
  for (let depth = 0; container && depth < 3; depth += 1, container = container.parentElement) {
    if (container.querySelectorAll(FIELD_LIKE).length > 1) break;
    const text = container.textContent ?? '';
    if (text.length > 600) break;
    texts.push(text);
  }
  return texts;
}
