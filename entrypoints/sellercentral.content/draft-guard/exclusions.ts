/**
 * Where the draft guard must not look: Seller Guard's own UI, and Seller Central fields that
 * are not replies to a buyer. Every guess about which page fields are not replies lives
 * here, in one place, so it is easy to correct when a real page disagrees.
 */

import { isOwnUi } from '../page/own-ui';
import { SELECTORS } from '../readers/page-vocabulary';


/**
 * Text near a field that says it is for the seller only. The English seller-notes box says
 * "For your records only, will not be displayed to the buyer." (seen); the other languages
 * are guesses.
 */
const PRIVATE_NOTE_TEXT: readonly RegExp[] = [
  /for your records only|not be (?:displayed|shown|visible) to the buyer/i,
  /nur für ihre unterlagen|wird dem käufer nicht angezeigt/i,
  /pour vos dossiers|ne sera pas (?:affichée?|visible) (?:pour|par|à) l['’]acheteur/i,
  /solo para sus registros|no se mostrará al comprador/i,
  /solo per (?:i tuoi|le tue) (?:archivi|registrazioni)|non sarà visibile all['’]acquirente/i,
  /記録用|購入者には表示されません/,
  /仅供您记录|不会向买家显示/,
];

/**
 * A memo's caption. Only a field's own label or the caption right before it counts: the
 * messaging page's Order side panel lists "Seller memo:" as plain text (seen), and a reply
 * box next to that panel is still a reply.
 */
const MEMO_CAPTION = /seller (?:memo|notes?)\b|verkäufernotiz|note du vendeur|nota del (?:vendedor|venditore)|出品者メモ|卖家备注/i;

/**
 * A field's own name or hint saying it searches (checked on the field only, never nearby
 * text). Words must start there: "Versuchen Sie …" and "Besuchen" hold "such" but do not
 * search, nor does Spanish "cercana".
 */
const SEARCH_FIELD_TEXT =
  /\bsearch|(?<![\p{L}\p{N}])(?:such(?:e|en|feld|begriff)?(?!\p{L})|durchsuch|recherch|busca(?:r)?(?!\p{L})|búsqueda|pesquis|cerca(?!\p{L})|zoek|szukaj|wyszukaj|sök)|検索|搜索|بحث/iu;

/**
 * The name of a site-feedback dialog ("Send feedback", "Senden Sie uns Feedback"): what is
 * typed there goes to Amazon, not to a buyer. Only a dialog's own name counts, never a
 * field's hint, which may well say "do not ask for feedback".
 */
const FEEDBACK_DIALOG_NAME = /\bfeedback\b|rückmeldung|donnez votre avis|フィードバック|反馈/i;

/** The light-DOM element a node belongs to: itself, or the host of its (nested) shadow roots. */
export function outermostHost(node: Node): Node {
  let current = node;
  for (let root = current.getRootNode(); root instanceof ShadowRoot; root = current.getRootNode()) {
    current = root.host;
  }
  return current;
}

/**
 * True when `field` (a textarea or contenteditable element, possibly inside a custom
 * element's shadow root) is not a reply to a buyer: our own UI, a search box, the seller's
 * private notes. `host` is the outermost light-DOM element holding it (e.g. `kat-textarea`).
 */
export function isExcludedField(field: Element, host: Element): boolean {
  if (isOwnUi(field)) return true;
  if (field.matches(SELECTORS.notReplyField) || (host !== field && host.matches(SELECTORS.notReplyField))) return true;
  if (ownTexts(field, host).some((text) => SEARCH_FIELD_TEXT.test(text))) return true;
  if (inFeedbackDialog(host)) return true;
  const own = [...ownTexts(field, host), ...captionTexts(host)];
  if (own.some((text) => MEMO_CAPTION.test(text))) return true;
  const texts = [...own, ...nearbyTexts(host)];
  return PRIVATE_NOTE_TEXT.some((pattern) => texts.some((text) => pattern.test(text)));
}

function inFeedbackDialog(host: Element): boolean {
  const dialog = host.closest(SELECTORS.dialog);
  if (!dialog) return false;
  const names = [dialog.getAttribute('aria-label'), dialog.getAttribute('title'), textOfIds(dialog, 'aria-labelledby')];
  return names.some((name) => !!name && FEEDBACK_DIALOG_NAME.test(name));
}

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
    texts.push(textOfIds(element, 'aria-describedby'));
  }
  return texts;
}

/** The text of the elements an id-list attribute (`aria-describedby`…) names, in the same tree. */
function textOfIds(element: Element, attribute: string): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const ids = (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => root.getElementById?.(id)?.textContent ?? '').join(' ');
}

/**
 * The caption right before a field: the element before it (or before its closest containers,
 * while they hold no other field), as text or as a Katal `text`/`label` attribute.
 */
function captionTexts(host: Element): string[] {
  const texts: string[] = [];
  let node: Element = host;
  for (let depth = 0; node.parentElement && depth < 3; depth += 1, node = node.parentElement) {
    if (node.parentElement.querySelectorAll(SELECTORS.fieldLike).length > 1) break;
    const caption = node.previousElementSibling;
    if (!caption) continue;
    for (const text of [caption.textContent, caption.getAttribute('text'), caption.getAttribute('label')]) {
      if (text && text.length <= 120) texts.push(text);
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
    if (container.querySelectorAll(SELECTORS.fieldLike).length > 1) break;
    const text = container.textContent ?? '';
    if (text.length > 600) break;
    texts.push(text);
  }
  return texts;
}
