import { beforeEach, describe, expect, it } from 'vitest';
import { capturePageText, personalDataBlocks } from '../../../../entrypoints/sellercentral.content/capture/personal-blocks';

const ORDER_PAGE = `
  <div id="MYO-app">
    <h1 data-test-id="order-details-label">Order details</h1>
    <div>Order ID: <span data-test-id="order-id-value"><b>112-4837261-5938217</b></span></div>
    <div class="ship-to">
      <h4>Ship to</h4>
      <div data-test-id="shipping-section-buyer-address">
        <span data-test-id="shipping-section-recipient-name">Jordan Ellis</span><span>1458 Cedar Grove Ave</span><span>SEATTLE</span>
      </div>
      <div><span data-test-id="shipping-section-phone">Phone: +1 206-555-0143</span></div>
    </div>
    <table><tr><td>ASIN: B0C7Q2ZK4M</td><td>Qty 2</td></tr></table>
    <div style="display:none">Hidden tracking note</div>
    <div hidden>Also hidden</div>
    <script>var secret = 1;</script>
    <kat-button label="Refund order"></kat-button>
    <kat-box><span>Slotted light text</span></kat-box>
  </div>
  <seller-guard-status><span>Seller Guard chip text</span></seller-guard-status>`;

function render(html: string) {
  document.body.replaceChildren();
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.append(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  // Katal-style components: label inside an open shadow root, light children through a slot.
  const button = document.querySelector('kat-button')!;
  button.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('button'), { textContent: 'Refund order' }));
  const box = document.querySelector('kat-box')!.attachShadow({ mode: 'open' });
  const inner = document.createElement('div');
  inner.append('Box header ', document.createElement('slot'));
  box.append(inner);
}

beforeEach(() => render(ORDER_PAGE));

describe('captured page text', () => {
  it('reads text in open shadow roots and slotted content, in rendered order', () => {
    const text = capturePageText(document, true);
    expect(text).toContain('Refund order');
    expect(text).toMatch(/Box header Slotted light text/);
    expect(text.indexOf('Order details')).toBeLessThan(text.indexOf('ASIN: B0C7Q2ZK4M'));
  });

  it('puts block elements on their own lines', () => {
    const lines = capturePageText(document, true).split('\n');
    expect(lines).toContain('Order details');
    expect(lines).toContain('Order ID: 112-4837261-5938217');
  });

  it.each([
    ['a display:none element', 'Hidden tracking note'],
    ['an element with the hidden attribute', 'Also hidden'],
    ['script source', 'var secret'],
    ["Seller Guard's own UI", 'Seller Guard chip text'],
  ])('leaves out %s', (_what, absent) => {
    expect(capturePageText(document, true)).not.toContain(absent);
  });

  it.each([
    ['masking on', true, false],
    ['masking off', false, true],
  ])('address and phone with %s', (_name, mask, present) => {
    const text = capturePageText(document, mask);
    for (const personal of ['1458 Cedar Grove Ave', 'SEATTLE', '+1 206-555-0143']) {
      expect(text.includes(personal), personal).toBe(present);
    }
    // the order itself is evidence either way
    expect(text).toContain('112-4837261-5938217');
    expect(text).toContain('B0C7Q2ZK4M');
  });
});

describe('personal-data blocks', () => {
  it('finds the address and the phone once each (the recipient name is inside the address)', () => {
    const blocks = personalDataBlocks(document);
    expect(blocks.map((b) => b.getAttribute('data-test-id'))).toEqual(['shipping-section-buyer-address', 'shipping-section-phone']);
  });

  it('finds a block rendered inside an open shadow root', () => {
    const host = document.createElement('kat-box');
    const phone = document.createElement('span');
    phone.setAttribute('data-test-id', 'buyer-phone-number');
    phone.textContent = '+49 30 1234567';
    host.attachShadow({ mode: 'open' }).append(phone);
    document.body.append(host);
    expect(personalDataBlocks(document)).toContain(phone);
  });
});
