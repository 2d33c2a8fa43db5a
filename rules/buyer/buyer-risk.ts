/**
 * Risky buyer messages: `assessBuyerMessage` and the link verdict the page uses when a
 * flagged link is clicked.
 */
export type { BuyerAttachment, BuyerCategory, BuyerFinding, BuyerSeverity, LinkVerdict } from './types';
export { assessBuyerMessage, buyerCategories } from './assess';
export { judgeLink } from './link-verdict';
export { visibleName } from './attachments';
