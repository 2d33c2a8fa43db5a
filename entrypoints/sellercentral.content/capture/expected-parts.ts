import type { PageKind } from '../../../rules/page/page-kind';
import type { CaptureData } from '../../../storage/capture/capture-schema';
import { findOrderId } from '../../../rules/page/patterns';
import { deepQuerySelector } from '../readers/dom-text';
import { pageBody } from '../readers/page-context';
import { LABELS, SELECTORS } from '../readers/page-vocabulary';
import { readPageData } from '../readers/read-page-data';
import { messageElements } from '../readers/thread-messages';
import { isOwnUi } from '../page/own-ui';

/** The page being checked, and its reader's data (read once per check, on first use). */
interface PageView {
  doc: Document;
  data(): CaptureData;
}

/** A part of a page that its reader needs, and how to tell that the page shows it. */
interface ExpectedPart {
  name: string;
  shown(page: PageView): boolean;
}

/** True while `root` shows a loading indicator of the page's own (never Seller Guard's). */
export function isLoading(root: ParentNode): boolean {
  return [...root.querySelectorAll(SELECTORS.loading)].some((element) => !isOwnUi(element));
}

/** The thread's "Order" side panel, once it has loaded: no spinner, and an order id shown. */
function orderPanelShown(doc: Document): boolean {
  const body = pageBody(doc);
  const side = SELECTORS.orderSidePanel.map((selector) => body.querySelector(selector)).find(Boolean);
  if (!side || isLoading(side)) return false;
  const text = side.textContent ?? '';
  return findOrderId(text) !== null || LABELS.orderId.some((label) => text.includes(label));
}

/**
 * What each page kind's reader needs before a capture is worth taking (Seller Central draws a
 * page in parts: a thread's order panel arrives after its messages). Kinds not listed have none.
 */
const EXPECTED_PARTS: Partial<Record<PageKind, readonly ExpectedPart[]>> = {
  'order-details': [
    { name: 'orderId', shown: (page) => (page.data().order?.orderId ?? null) !== null },
    { name: 'items', shown: (page) => (page.data().order?.items.length ?? 0) > 0 },
  ],
  'message-thread': [
    { name: 'messages', shown: ({ doc }) => messageElements(pageBody(doc)).length > 0 },
    { name: 'orderPanel', shown: ({ doc }) => orderPanelShown(doc) },
  ],
  'contact-buyer': [{ name: 'messageField', shown: ({ doc }) => deepQuerySelector(doc, SELECTORS.contactField) !== null }],
  'order-list': [{ name: 'rows', shown: (page) => (page.data().list?.rows.length ?? 0) > 0 }],
};

/**
 * The parts `kind` expects that `doc` does not show yet, by name (`orderPanel`, `items`, …);
 * empty when the page shows them all. Linear in the page's size.
 * @example partsNotShown(threadWhosePanelSpins, url, 'message-thread') // ['orderPanel']
 */
export function partsNotShown(doc: Document, url: URL, kind: PageKind): string[] {
  let data: CaptureData | undefined;
  const page: PageView = { doc, data: () => (data ??= readPageData(doc, url, kind)) };
  return (EXPECTED_PARTS[kind] ?? []).filter((part) => !part.shown(page)).map((part) => part.name);
}
