import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageStatusChip } from '../../../../entrypoints/sellercentral.content/page/page-status-chip';
import type { PageInfo } from '../../../../utils/protocol';

const info = (overrides: Partial<PageInfo> = {}): PageInfo => ({
  kind: 'message-thread',
  url: 'https://sellercentral.amazon.com/messaging/inbox?fi=ALL&cc=7c1e5a2b',
  marketplace: 'US',
  orderId: '112-4837261-5938217',
  caseId: '7c1e5a2b',
  buyerName: 'Jordan Ellis',
  buyerProxyEmail: null,
  orderIds: ['112-4837261-5938217'],
  missing: [],
  ready: true,
  ...overrides,
});

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

const chip = () => root.querySelector<HTMLElement>('.sg-chip')!;
const toggle = () => root.querySelector<HTMLButtonElement>('button.sg-chip-toggle')!;

describe('page status tab', () => {
  it('starts collapsed, its button named with what was recognised', () => {
    render(<PageStatusChip info={info()} />, root);
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(toggle().textContent).toContain('Seller Guard · Buyer message thread · 112-4837261-5938217');
    expect(root.querySelector('.sg-chip-details')).toBeNull();
  });

  it('opens on demand with the details, fields not shown as neutral text, not as a problem', async () => {
    render(<PageStatusChip info={info({ missing: ['buyerProxyEmail'] })} />, root);
    expect(toggle().textContent).toContain('1 not read');
    expect(chip().dataset.problem).toBe('false');
    toggle().click();
    await Promise.resolve();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('.sg-chip-health')?.textContent).toBe('buyerProxyEmail');
    expect(root.querySelector('.sg-chip-problem')).toBeNull();
  });

  it.each<[string, Partial<PageInfo>, boolean]>([
    ['an order page read without any order id', { kind: 'order-details', orderId: null, orderIds: [], missing: ['orderId'] }, true],
    ['an order list read with no rows', { kind: 'order-list', orderId: null, orderIds: [], missing: [] }, true],
    ['the inbox, which lists no order', { kind: 'messaging-inbox', orderId: null, orderIds: [], missing: [] }, false],
    ['a page still loading', { kind: 'order-details', orderId: null, orderIds: [], ready: false }, false],
    ['a thread with two fields not shown', { missing: ['buyerName', 'buyerProxyEmail'] }, false],
  ])('marks a problem for %s: %s', (_, overrides, problem) => {
    render(<PageStatusChip info={info(overrides)} />, root);
    expect(chip().dataset.problem).toBe(String(problem));
  });
});
