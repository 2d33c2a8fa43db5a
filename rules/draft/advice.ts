import type { DraftCategory } from './types';

/** Every category, in the order a findings panel should group them (most serious first). */
export const DRAFT_CATEGORIES: readonly DraftCategory[] = [
  'sensitive-data', 'review-manipulation', 'off-platform', 'email', 'phone', 'messaging-handle', 'link',
  'marketing', 'formatting', 'unchecked',
];

/** Short names of the categories for the findings panel. */
export const DRAFT_CATEGORY_LABELS: Record<DraftCategory, string> = {
  link: 'Link',
  email: 'Email address',
  phone: 'Phone number',
  'messaging-handle': 'Messaging app',
  'off-platform': 'Contact outside Amazon',
  'sensitive-data': 'Request for sensitive data',
  'review-manipulation': 'Review manipulation',
  marketing: 'Marketing',
  formatting: 'Formatting',
  unchecked: 'Not checked',
};

/** What to write instead, per category, for the findings panel. */
export const DRAFT_ADVICE: Record<DraftCategory, string> = {
  link: 'Remove the link. If the buyer needs an Amazon page, link to it on Amazon; for a manual or video, attach the file or write the steps into the message.',
  email: 'Remove the email address. Ask the buyer to reply to this message, and attach photos or documents to your reply instead.',
  phone: 'Remove the phone number. Offer help in this thread instead: "Reply here and we will answer within 24 hours."',
  'messaging-handle': 'Remove the app name and handle. All contact with the buyer stays in Amazon messaging: invite them to reply to this message.',
  'off-platform': 'Keep the conversation here: "Please reply to this message with any questions and we will help right away."',
  'sensitive-data': 'Never ask for card, bank, password or identity details. Refunds go through Amazon: "We have issued your refund through Amazon; it goes back to your original payment method."',
  'review-manipulation': 'Offer nothing for a review and do not ask to change or remove one. A neutral request is allowed: "If you have a moment, we would appreciate an honest review of your purchase."',
  marketing: 'Keep to what this order needs; leave out codes, promotions, newsletters and other products.',
  formatting: 'Remove emojis and HTML, and keep the message within the character limit.',
  unchecked: 'Shorten the message to the 4,000 characters Seller Central sends; Seller Guard then checks all of it. Paste long documents as an attachment instead.',
};
