import { contactBuyerSchema, type ContactBuyer, type ReaderResult } from '../../../rules/page/page-data';
import { pageFromUrl } from '../../../rules/page/page-kind';
import { findOrderId, findProxyEmail } from '../../../rules/page/patterns';
import { deepQuerySelectorAll, isControl, visibleLines } from './dom-text';
import { lineIsOneOf, valueAfterLabel } from './labels';
import { missingWithin } from './missing';
import { cleanText, pageBody, pageMarketplace, pageUrl, type PageRoot } from './page-context';
import { BUYER_ROLE_WORDS, CONTACT_HEADER_PATTERNS, LABELS, SELECTORS } from './page-vocabulary';

/** The buyer name in a "Send message to <name>" heading, or null (also when it names only a role: "the buyer"). */
export function buyerFromContactHeader(text: string | null | undefined): string | null {
  const heading = cleanText(text);
  if (!heading) return null;
  for (const pattern of CONTACT_HEADER_PATTERNS) {
    const match = pattern.exec(heading);
    const name = cleanText(match?.[1]);
    if (name) return lineIsOneOf(name, BUYER_ROLE_WORDS) ? null : name;
  }
  return null;
}

/** Read the contact-buyer compose page (`/messaging/contact?orderID=…&marketplaceID=…`). */
export function readContactBuyer(root: PageRoot, url?: string | URL): ReaderResult<ContactBuyer> {
  const href = pageUrl(root, url);
  const body = pageBody(root);
  const lines = visibleLines(body, { skip: isControl });
  const headings = [
    ...SELECTORS.contactHeader.map((selector) => body.querySelector(selector)),
    ...deepQuerySelectorAll(body, SELECTORS.headings),
  ];
  const data: ContactBuyer = {
    orderId: (href ? pageFromUrl(href).orderId : null) ?? findOrderId(valueAfterLabel(lines, LABELS.orderId)),
    marketplace: pageMarketplace(href),
    buyerName: headings.map((heading) => buyerFromContactHeader(heading?.textContent)).find(Boolean) ?? null,
    buyerProxyEmail: findProxyEmail(lines.join('\n')),
  };
  return { data: contactBuyerSchema.parse(data), missing: missingWithin(data) };
}
