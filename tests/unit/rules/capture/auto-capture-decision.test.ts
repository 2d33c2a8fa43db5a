import { describe, expect, it } from 'vitest';
import { autoCaptureDecision, autoCaptureOn } from '../../../../rules/capture/auto-capture-decision';
import type { PageKind } from '../../../../rules/page/page-kind';

const ON = { orderDetails: true, messageThread: true };
const OFF = { orderDetails: false, messageThread: false };
const A = 'a'.repeat(64);
const B = 'b'.repeat(64);

describe('auto-capture dedupe rule', () => {
  it.each([
    ['first visit of an order', ON, 'order-details', '112-3456789-0123456', A, null, { capture: true, reason: 'first-capture' }],
    ['revisit, nothing changed', ON, 'order-details', '112-3456789-0123456', A, A, { capture: false, reason: 'unchanged' }],
    ['revisit, content changed', ON, 'order-details', '112-3456789-0123456', B, A, { capture: true, reason: 'content-changed' }],
    ['thread revisit, nothing changed', ON, 'message-thread', 'https://x/inbox?cc=1', A, A, { capture: false, reason: 'unchanged' }],
    ['thread, new message', ON, 'message-thread', 'https://x/inbox?cc=1', B, A, { capture: true, reason: 'content-changed' }],
    ['off (the default)', OFF, 'order-details', '112-3456789-0123456', A, null, { capture: false, reason: 'off-for-kind' }],
    ['on for threads only, order page', { orderDetails: false, messageThread: true }, 'order-details', '112-3456789-0123456', A, null, { capture: false, reason: 'off-for-kind' }],
    ['on for orders only, thread page', { orderDetails: true, messageThread: false }, 'message-thread', 'u', A, null, { capture: false, reason: 'off-for-kind' }],
    ['contact-buyer page is never auto-captured', ON, 'contact-buyer', '112-3456789-0123456', A, null, { capture: false, reason: 'off-for-kind' }],
    ['order list is never auto-captured', ON, 'order-list', 'u', A, null, { capture: false, reason: 'off-for-kind' }],
    ['order page whose order id could not be read', ON, 'order-details', null, A, null, { capture: false, reason: 'no-page-key' }],
  ] as const)('%s', (_name, settings, kind, pageKey, contentHash, last, expected) => {
    expect(autoCaptureDecision(settings, { kind, pageKey, contentHash }, last)).toEqual(expected);
  });

  it.each<[PageKind, boolean]>([
    ['order-details', true],
    ['message-thread', false],
    ['messaging-inbox', false],
    ['other', false],
  ])('auto-capture for %s with only order pages on: %s', (kind, expected) => {
    expect(autoCaptureOn({ orderDetails: true, messageThread: false }, kind)).toBe(expected);
  });
});
