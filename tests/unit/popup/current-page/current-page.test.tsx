import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CurrentPage } from '../../../../entrypoints/popup/current-page/current-page';
import type { PageInfo } from '../../../../utils/protocol';

const info = (overrides: Partial<PageInfo> = {}): PageInfo => ({
  kind: 'contact-buyer',
  url: 'https://sellercentral-europe.amazon.com/messaging/contact?orderID=302-1938475-6647382',
  marketplace: null,
  orderId: '302-1938475-6647382',
  caseId: null,
  buyerName: null,
  buyerProxyEmail: null,
  orderIds: ['302-1938475-6647382'],
  missing: [],
  ready: false,
  ...overrides,
});

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.replaceChildren(root);
});
afterEach(() => render(null, root));

const field = (name: string) => root.querySelector(`[data-field="${name}"]`)?.textContent;

describe('popup page summary', () => {
  it('says a field is still being read while the page loads, not that the page lacks it', () => {
    render(<CurrentPage info={info()} />, root);
    expect(field('order')).toBe('302-1938475-6647382');
    expect(field('buyer')).toBe('Reading…');
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/Waiting for the page/);
    expect(root.querySelector('.reader-health')).toBeNull();
  });

  it('shows a dash and names the field once the read page does not show it', () => {
    render(<CurrentPage info={info({ ready: true, marketplace: 'DE', missing: ['buyerName'] })} />, root);
    expect(field('buyer')).toBe('—');
    expect(field('marketplace')).toBe('DE');
    expect(root.querySelector('.reader-health')?.textContent).toMatch(/Could not read on this page: buyerName/);
  });

  it('shows the buyer and their proxy email as text', () => {
    const name = '<img src=x onerror=alert(1)>';
    render(<CurrentPage info={info({ ready: true, buyerName: name, buyerProxyEmail: 'x1@marketplace.amazon.de' })} />, root);
    expect(field('buyer')).toBe(name);
    expect(root.querySelector('img')).toBeNull();
    expect(field('buyer-email')).toBe('x1@marketplace.amazon.de');
  });
});
