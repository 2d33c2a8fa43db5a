/** Page readers: pure functions of a Document or Element, validated with rules/page/page-data.ts. */
export { readContactBuyer } from './contact-buyer';
export { deepQuerySelector, deepQuerySelectorAll, isHidden, visibleLines, visibleText } from './dom-text';
export { readMessageThread } from './message-thread';
export { readOrderDetails } from './order-details';
export { readOrderList } from './order-list';
export { GENERIC_BUYER_NAMES } from './page-vocabulary';
