import { findPhoneRuns } from '../../../rules/capture/personal-data';
import { deepQuerySelectorAll, visibleLines } from './dom-text';
import { isOwnUi } from '../page/own-ui';
import { normalizeLabel } from './labels';
import { pageBody, type PageRoot } from './page-context';
import { LABELS, SELECTORS } from './page-vocabulary';

/**
 * Where the buyer's shipping address and phone are shown, found with the same vocabulary as
 * the order data (test ids in both spellings, then the ship-to and phone labels of every
 * language the readers know). The one owner of "what is personal data on this page": capture
 * leaves these blocks out of the stored text, paints over them in screenshots, and removes
 * their values wherever else they occur in the text.
 */
export interface ShipTo {
  /** The address blocks (recipient name included), outermost only. */
  address: Element[];
  /** The phone blocks, outermost only (one may sit inside an address block). */
  phone: Element[];
  /** The address as shown: its lines, and each piece of text in it (spans drawn as lines by CSS). */
  addressLines: string[];
  /** The phone numbers shown in the phone blocks. */
  phoneNumbers: string[];
}

// A block next to a label is the address only if it looks like one: a few short lines.
const MAX_ADDRESS_LINES = 10;
const MAX_ADDRESS_CHARS = 400;
// "お届け先住所：東京都…" (a colon is required: "Enviar a" also starts "Enviar antes del"); "Phone +1 …".
const ADDRESS_VALUE_START = /^\s*[:：]/;
const PHONE_VALUE_START = /^[\s:：]/;

const shipToLabels = LABELS.shipTo.map(normalizeLabel);
const phoneLabels = LABELS.phone.map(normalizeLabel);

/** Every element in `root` and its open shadow roots (not Seller Guard's own UI), document order. */
function* elementsIn(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    if (isOwnUi(element)) continue;
    yield element;
    if (element.shadowRoot) yield* elementsIn(element.shadowRoot);
  }
}

/** The element's own text (its text-node children), trimmed. */
function ownText(element: Element): string {
  let text = '';
  for (const node of element.childNodes) if (node.nodeType === 3) text += node.nodeValue ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

/** The trimmed text nodes in `block` (open shadow roots included). */
function textPieces(block: Element): string[] {
  const pieces: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) pieces.push((node.nodeValue ?? '').replace(/\s+/g, ' ').trim());
    const children = node.nodeType === 1 && (node as Element).shadowRoot ? (node as Element).shadowRoot!.childNodes : node.childNodes;
    for (const child of children) walk(child);
  };
  walk(block);
  return pieces.filter(Boolean);
}

const outermost = (blocks: Element[]) => [...new Set(blocks)].filter((block) => !blocks.some((other) => other !== block && other.contains(block)));

/** The element after `label` that holds its value: the next non-empty sibling, or the parent's (a `<dt>` in a `<div>`). */
function valueBlockAfter(label: Element): Element | null {
  let at: Element | null = label;
  for (let depth = 0; at && depth < 3; depth++, at = at.parentElement) {
    for (let next = at.nextElementSibling; next; next = next.nextElementSibling) {
      if (next.textContent?.trim()) return next;
    }
  }
  return null;
}

function looksLikeAddress(block: Element): boolean {
  const lines = visibleLines(block);
  return lines.length > 0 && lines.length <= MAX_ADDRESS_LINES && lines.join('\n').length <= MAX_ADDRESS_CHARS;
}

/** What a label element introduces: a label alone ("Ship to") or a label with its value ("電話番号：03-…"). */
function labelKind(text: string, labels: readonly string[], valueStart: RegExp): 'alone' | 'with-value' | null {
  if (labels.includes(normalizeLabel(text))) return 'alone';
  const lower = text.toLowerCase();
  return labels.some((label) => lower.startsWith(label) && valueStart.test(text.slice(label.length))) ? 'with-value' : null;
}

function labelledAddress(root: Element): Element[] {
  const blocks: Element[] = [];
  for (const element of elementsIn(root)) {
    const kind = labelKind(ownText(element), shipToLabels, ADDRESS_VALUE_START);
    if (kind === 'with-value') blocks.push(element);
    if (kind !== 'alone') continue;
    const block = valueBlockAfter(element);
    if (block && looksLikeAddress(block)) blocks.push(block);
  }
  return blocks;
}

function labelledPhone(root: Element): Element[] {
  const blocks: Element[] = [];
  for (const element of elementsIn(root)) {
    const text = ownText(element);
    const kind = labelKind(text, phoneLabels, PHONE_VALUE_START);
    if (kind === 'with-value' && findPhoneRuns(text).length) blocks.push(element);
    if (kind !== 'alone') continue;
    const block = valueBlockAfter(element);
    if (block && findPhoneRuns(block.textContent ?? '').length && (block.textContent?.length ?? 0) <= 80) blocks.push(block);
  }
  return blocks;
}

/** The ship-to address and phone of the page in `root`, as far as they can be located. */
export function findShipTo(root: PageRoot): ShipTo {
  const body = pageBody(root);
  const byTestId = (selectors: readonly string[]) => selectors.flatMap((selector) => deepQuerySelectorAll(body, selector));
  const address = outermost([...byTestId(SELECTORS.shipToAddress), ...labelledAddress(body)]);
  const phone = outermost([...byTestId(SELECTORS.buyerPhone), ...labelledPhone(body)]);
  return {
    address,
    phone,
    addressLines: [...new Set(address.flatMap((block) => [...visibleLines(block), ...textPieces(block)]))],
    phoneNumbers: [...new Set(phone.flatMap((block) => findPhoneRuns(block.textContent ?? '').map((run) => run.text)))],
  };
}
