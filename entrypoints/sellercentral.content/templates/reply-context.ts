import { marketplaceLanguage, preferredLanguage } from '../../../rules/templates/buyer-language';
import type { PlaceholderValues } from '../../../rules/templates/placeholders';
import type { ReplyContext } from '../../../rules/templates/rank-templates';
import { CONTACT_REASONS, type ContactReason, type TemplateLanguage } from '../../../rules/templates/template-schema';
import type { PageSession } from '../page/page-session';
import { readSidePanelOrder } from '../readers/order-side-panel';
import { SELECTORS } from '../readers/page-vocabulary';

/** The contact reason radio the agent selected (`SHIPPING_PROBLEM` → `shipping-problem`), or null. */
function selectedReason(doc: Document): ContactReason | null {
  const checked = [...doc.querySelectorAll<HTMLInputElement>(SELECTORS.contactReasonRadio)].find((radio) => radio.checked);
  const value = checked?.value.toLowerCase().replace(/_/g, '-') ?? '';
  return (CONTACT_REASONS as readonly string[]).includes(value) ? (value as ContactReason) : checked ? 'other' : null;
}

/** The "Buyer's Language of Preference: …" the contact page shows, or null. */
function buyerLanguage(doc: Document): TemplateLanguage | null {
  for (const element of doc.querySelectorAll(SELECTORS.buyerLanguage)) {
    const text = element.getAttribute('text') ?? element.textContent ?? '';
    if (!text.includes(':') || text.length > 200) continue;
    const language = preferredLanguage(text);
    if (language) return language;
  }
  return null;
}

/** What decides which templates fit: the reason (thread reply in a thread) and the languages to list first. */
export function readReplyContext(session: PageSession, doc: Document = document): ReplyContext {
  const inThread = session.address.kind !== 'contact-buyer';
  const languages = [buyerLanguage(doc), marketplaceLanguage(session.current()?.marketplace)].filter(
    (language): language is TemplateLanguage => language !== null,
  );
  return { reason: inThread ? 'thread-reply' : selectedReason(doc), languages: [...new Set(languages)] };
}

/**
 * The placeholder values this page shows (the rest stay marked in the inserted text): buyer and
 * order from the page reader, items and shipments from the thread's "Order" side panel.
 */
export function pageValues(session: PageSession, agentName: string, doc: Document = document): PlaceholderValues {
  const info = session.current();
  return { ...readSidePanelOrder(doc), buyerName: info?.buyerName ?? null, orderId: info?.orderId ?? null, agentName: agentName || null };
}
