import { describe, expect, it } from 'vitest';
import { pageFromUrl } from '../../../../rules/page/page-kind';

describe('pageFromUrl', () => {
  it.each([
    ['https://sellercentral.amazon.com/orders-v3/order/112-3456789-0123456', 'order-details', '112-3456789-0123456', null],
    ['https://sellercentral-europe.amazon.com/orders-v3/order/305-1234567-7654321?ref=x', 'order-details', '305-1234567-7654321', null],
    ['https://sellercentral.amazon.com/orders-v3/mfn/unshipped?page=1', 'order-list', null, null],
    ['https://sellercentral.amazon.com/orders-v3/search?q=Smith&qt=buyername', 'order-list', null, null],
    ['https://sellercentral.amazon.com/messaging/inbox?fi=ALL', 'messaging-inbox', null, null],
    ['https://sellercentral.amazon.com/messaging/inbox?fi=ALL&cc=8f0e-11aa', 'message-thread', null, '8f0e-11aa'],
    ['https://sellercentral.amazon.de/messaging/inbox-v3?cc=77aa', 'message-thread', null, '77aa'],
    ['https://sellercentral.amazon.com/messaging/contact?orderID=112-3456789-0123456&marketplaceID=ATVPDKIKX0DER', 'contact-buyer', '112-3456789-0123456', null],
    ['https://sellercentral.amazon.com/home', 'other', null, null],
  ])('%s is %s', (url, kind, orderId, caseId) => {
    const page = pageFromUrl(url);
    expect({ kind: page.kind, orderId: page.orderId, caseId: page.caseId }).toEqual({ kind, orderId, caseId });
  });
});
