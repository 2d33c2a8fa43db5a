import type { PageKind } from './page-kind';

/** The seller's words for each page kind. */
export const PAGE_KIND_LABEL: Record<PageKind, string> = {
  'order-details': 'Order details',
  'order-list': 'Order list',
  'message-thread': 'Buyer message thread',
  'messaging-inbox': 'Buyer messages',
  'contact-buyer': 'Contact buyer',
  other: 'Other Seller Central page',
};
