import type { BuyerAttachment } from '../../../rules/buyer/buyer-risk';
import { SELECTORS } from '../readers/page-vocabulary';

/** File names a message lists as attachments: download links and named attachment chips. */
export function messageAttachments(message: Element): BuyerAttachment[] {
  const names = [...message.querySelectorAll(SELECTORS.messageAttachment)].map((element) =>
    element.getAttribute('data-attachment-name') ?? (element.getAttribute('download') || element.textContent || '').trim());
  return names.filter((name) => name.length > 0).slice(0, 50).map((name) => ({ name }));
}
