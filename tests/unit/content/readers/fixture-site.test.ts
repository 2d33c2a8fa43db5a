import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { closeFixtures, loadFixture, settleFixture } from '../../../fixtures/load';
import { clearSentMessages, FIXTURE_URLS, fixtureResponse, sentMessages } from '../../../fixtures/site';

// The fake Seller Central must behave like the real one for the readers and the e2e suite to
// mean anything: JSON endpoints, content rendered after load, SPA navigation, Katal elements.

afterAll(closeFixtures);
beforeEach(clearSentMessages);

const US = 'https://sellercentral.amazon.com';
const answer = (url: string, method = 'GET', body?: string) => fixtureResponse(new URL(url), method, body);

/** Click the real <button> a kat-button draws in its shadow root, as a user would. */
function pressKatButton(host: Element | null | undefined) {
  if (!host?.shadowRoot) throw new Error('no kat-button');
  (host.shadowRoot.querySelector('button') as HTMLButtonElement).click();
}

async function follow(doc: Document, link: Element | null | undefined) {
  if (!link) throw new Error('link not found');
  (link as HTMLElement).click();
  await settleFixture(doc);
}

const orderIdShown = (doc: Document) => doc.querySelector('[data-test-id="order-id-value"]')?.textContent;
const firstMessage = (doc: Document) => doc.querySelector('.message-body-text')?.textContent;

describe('fixtureResponse', () => {
  it.each([
    [FIXTURE_URLS.orderUs, 200, 'text/html'],
    [FIXTURE_URLS.orderListUs, 200, 'text/html'],
    [FIXTURE_URLS.orderSearchUs, 200, 'text/html'],
    [FIXTURE_URLS.threadUs, 200, 'text/html'],
    [FIXTURE_URLS.threadUsOptedOut, 200, 'text/html'],
    [FIXTURE_URLS.contactDe, 200, 'text/html'],
    [`${US}/fixture-assets/app/main.js`, 200, 'text/javascript'],
    [`${US}/fixture-assets/app/app.css`, 200, 'text/css'],
    [`${US}/fixture-assets/app/missing.js`, 404, 'text/plain'],
    [`${US}/fixture-assets/app/..%2F..%2Fsite.ts`, 404, 'text/plain'],
    [`${US}/orders-api/order/112-4837261-5938217`, 200, 'application/json'],
    [`${US}/orders-api/order/999-0000000-0000000`, 404, 'application/json'],
    [`${US}/orders-api/search?status=Unshipped&fulfillment=MFN`, 200, 'application/json'],
    [`${US}/messaging/api/global/cases/7c1e5a2b-3f4d-4c8e-9a6b-1d2e3f4a5b6c`, 200, 'application/json'],
    [`${US}/messaging/api/global/cases/00000000-0000-0000-0000-000000000000`, 404, 'application/json'],
    [`${US}/gp/homepage.html`, 404, 'text/plain'],
  ])('GET %s → %i %s', (url, status, type) => {
    const response = answer(url)!;
    expect(response.status).toBe(status);
    expect(response.contentType.startsWith(type)).toBe(true);
  });

  it.each(['https://example.com/orders-v3/order/112-4837261-5938217', 'http://sellercentral.amazon.com/orders-v3/mfn/unshipped'])(
    'does not answer %s (not Seller Central)',
    (url) => {
      expect(answer(url)).toBeNull();
    },
  );

  it('renders pages by script: the shell carries no order data', () => {
    expect(answer(FIXTURE_URLS.orderUs)!.body).not.toContain('112-4837261-5938217');
  });

  it('serves the order JSON with the buyer proxy email, status and tracking', () => {
    const json = JSON.parse(answer(`${US}/orders-api/order/113-9051746-2283901`)!.body);
    expect(json.order).toMatchObject({
      amazonOrderId: '113-9051746-2283901',
      buyerProxyEmail: 'k3m9xq2vbw7hty4@marketplace.amazon.com',
      orderStatus: 'Shipped',
      fulfillmentChannel: 'AFN',
    });
    expect(json.packages[0]).toMatchObject({ carrier: 'Amazon Logistics', trackingId: 'TBA304958671000' });
  });

  it('serves the case JSON with parties, tagged proxy email and ms timestamps', () => {
    const json = JSON.parse(answer(`${US}/messaging/api/global/cases/2b9d8e7f-6a5c-4b3d-8e1f-0a9b8c7d6e5f`)!.body);
    expect(json).toMatchObject({
      buyerName: 'Maria Gonzalez',
      buyerProxyEmail: 'w4n7fc1kp9zr3jm+2b9d8e7f-6a5c-4b3d-8e1f-0a9b8c7d6e5f@marketplace.amazon.com',
      orders: [{ orderId: '113-5501928-8812034', marketplaceId: 'ATVPDKIKX0DER' }],
    });
    expect(json.caseArtifacts.map((artifact: { creator: { partyRole: string } }) => artifact.creator.partyRole)).toEqual([
      'BUYER',
      'SELLER',
      'BUYER',
    ]);
    expect(json.caseArtifacts[1]).toMatchObject({ createdDate: Date.parse('2025-12-09T17:30:00Z'), message: { status: 'FAILED' } });
  });

  it('lists each region’s orders: six unshipped US rows, two of them the same buyer', () => {
    const us = JSON.parse(answer(`${US}/orders-api/search?status=Unshipped&fulfillment=MFN`)!.body);
    const de = JSON.parse(answer('https://sellercentral.amazon.de/orders-api/search')!.body);
    expect(us.orders.map((order: { buyerName: string }) => order.buyerName).filter((name: string) => name === 'Maria Gonzalez')).toHaveLength(2);
    expect(us.total).toBe(6);
    expect(de.orders.every((order: { salesChannel: string }) => order.salesChannel === 'Amazon.de')).toBe(true);
  });

  it('records sent messages and refuses a send for an unknown order', () => {
    const ok = answer(`${US}/messaging/api/send`, 'POST', JSON.stringify({ orderId: '112-4837261-5938217', text: 'Hi', reason: 'OTHER' }))!;
    const bad = answer(`${US}/messaging/api/send`, 'POST', JSON.stringify({ orderId: '999-0000000-0000000', text: 'Hi' }))!;

    expect([ok.status, JSON.parse(ok.body).ok]).toEqual([200, true]);
    expect(bad.status).toBe(400);
    expect(sentMessages).toEqual([
      { host: 'sellercentral.amazon.com', caseId: null, orderId: '112-4837261-5938217', reason: 'OTHER', text: 'Hi', status: 'DELIVERED' },
    ]);
  });
});

describe('the fixture app', () => {
  it.each(['orderDe', 'orderListUs', 'inboxUs', 'threadDe', 'contactUs'] as const)('%s has the sticky Seller Central header', async (page) => {
    const doc = await loadFixture(FIXTURE_URLS[page]);
    const header = doc.querySelector('#sc-navbar')!;
    expect(doc.defaultView!.getComputedStyle(header).position).toBe('sticky');
  });

  it('navigates between orders, to the thread, to another thread, back to an order and to the list without reloading', async () => {
    const doc = await loadFixture(FIXTURE_URLS.orderUs);
    const window = doc.defaultView as Window & { loadedOnce?: boolean };
    window.loadedOnce = true;

    await follow(doc, [...doc.querySelectorAll('a')].find((a) => a.textContent === 'Next order'));
    expect([window.location.pathname, orderIdShown(doc)]).toEqual(['/orders-v3/order/113-9051746-2283901', '113-9051746-2283901']);
    expect(doc.body.textContent).not.toContain('112-4837261-5938217');

    window.history.back();
    await settleFixture(doc);
    expect(orderIdShown(doc)).toBe('112-4837261-5938217');

    await follow(doc, [...doc.querySelectorAll('a')].find((a) => a.textContent === 'Buyer messages'));
    expect(window.location.search).toBe('?fi=ALL&cc=7c1e5a2b-3f4d-4c8e-9a6b-1d2e3f4a5b6c');
    expect(firstMessage(doc)).toContain('tracking says my first package');

    await follow(doc, [...doc.querySelectorAll('a.case-list-item')].find((a) => a.textContent?.includes('Maria Gonzalez')));
    expect(window.location.search).toBe('?fi=ALL&cc=2b9d8e7f-6a5c-4b3d-8e1f-0a9b8c7d6e5f');
    expect(firstMessage(doc)).toContain('ship the jacket');

    await follow(doc, doc.querySelector('aside a[href^="/orders-v3/order/"]'));
    expect(orderIdShown(doc)).toBe('113-5501928-8812034');

    await follow(doc, [...doc.querySelectorAll('#sc-navbar a')].find((a) => a.textContent === 'Orders'));
    await follow(doc, doc.querySelectorAll('#orders-table .cell-body-title a')[3]);
    expect(orderIdShown(doc)).toBe('114-8830192-0047718');
    expect(window.loadedOnce).toBe(true);
  });

  it('renders Katal elements like the real ones', async () => {
    const doc = await loadFixture(FIXTURE_URLS.contactUs);
    const send = doc.querySelector('kat-button.ayb-contact-form-send-button')!;
    const radio = doc.querySelector('kat-radiobutton[value="OTHER"]')!;
    const textarea = doc.querySelector('kat-textarea') as HTMLElement & { value: string };

    expect(send.childNodes).toHaveLength(0);
    expect(send.shadowRoot!.querySelector('button.button slot span')!.textContent).toBe('Send');
    expect(radio.querySelector(':scope > input[type="radio"][slot="radio"]')).not.toBeNull();
    expect(doc.querySelector('kat-radiobutton[value="INVOICE"] input')!.hasAttribute('disabled')).toBe(true);
    textarea.shadowRoot!.querySelector('textarea')!.value = 'typed by the agent';
    expect(textarea.value).toBe('typed by the agent');
  });

  it.each([
    ['contactUs', 'div[role="dialog"]', 'Review message', 'Your message has been sent'],
    ['contactDe', 'kat-modal', 'Nachricht überprüfen', 'Ihre Nachricht wurde gesendet'],
  ] as const)('%s sends through the review step and shows the sent text', async (page, dialogSelector, title, success) => {
    const doc = await loadFixture(FIXTURE_URLS[page]);
    (doc.querySelector('kat-radiobutton[value="OTHER"] input') as HTMLInputElement).click();
    (doc.querySelector('.contact-buyer-text-area kat-textarea') as HTMLElement & { value: string }).value = 'Your parcel left today.';

    pressKatButton(doc.querySelector('kat-button.ayb-contact-form-send-button'));
    await settleFixture(doc);
    const dialog = doc.querySelector(dialogSelector)!;
    expect(dialog.textContent).toContain('Your parcel left today.');
    expect(sentMessages).toEqual([]);
    const header = dialog.getAttribute('header') ?? dialog.querySelector('h2')?.textContent;
    expect(header).toBe(title);

    pressKatButton(dialog.querySelector('kat-button[variant="primary"]'));
    await settleFixture(doc);

    expect(doc.querySelector('.kat-alert-success-content')?.textContent).toBe(success);
    expect(doc.querySelector('.sent-message-text')?.textContent).toBe('Your parcel left today.');
    expect(doc.querySelector(dialogSelector)).toBeNull();
    expect(sentMessages).toMatchObject([{ orderId: new URL(FIXTURE_URLS[page]).searchParams.get('orderID'), reason: 'OTHER', text: 'Your parcel left today.' }]);
  });

  it('refuses to send a contact message without a reason', async () => {
    const doc = await loadFixture(FIXTURE_URLS.contactUs);
    (doc.querySelector('kat-textarea') as HTMLElement & { value: string }).value = 'Hello';

    pressKatButton(doc.querySelector('kat-button.ayb-contact-form-send-button'));
    await settleFixture(doc);

    expect(doc.querySelector('.contact-status kat-alert')?.getAttribute('description')).toBe('Select a reason for contacting the buyer.');
    expect(doc.querySelector('[role="dialog"]')).toBeNull();
  });

  it('posts a thread reply and appends it; an email address gets the guideline-failure banner', async () => {
    const doc = await loadFixture(FIXTURE_URLS.threadUs);
    const reply = doc.querySelector('.reply-box kat-textarea') as HTMLElement & { value: string };

    reply.value = 'A replacement ships today.';
    pressKatButton(doc.querySelector('.reply-box kat-button'));
    await settleFixture(doc);
    reply.value = 'Write to me at help@northwind-outfitters.example';
    pressKatButton(doc.querySelector('.reply-box kat-button'));
    await settleFixture(doc);

    const sent = [...doc.querySelectorAll('.message-component.sent')].slice(-2);
    expect(sent.map((message) => message.querySelector('.message-body-text')!.textContent)).toEqual([
      'A replacement ships today.',
      'Write to me at help@northwind-outfitters.example',
    ]);
    expect(sent.map((message) => message.querySelector('kat-alert')?.getAttribute('description') ?? null)).toEqual([
      null,
      'This message was not sent as it did not meet the Buyer-Seller Messaging communication guidelines',
    ]);
    expect(sentMessages.map((message) => [message.caseId, message.status])).toEqual([
      ['7c1e5a2b-3f4d-4c8e-9a6b-1d2e3f4a5b6c', 'DELIVERED'],
      ['7c1e5a2b-3f4d-4c8e-9a6b-1d2e3f4a5b6c', 'FAILED'],
    ]);
  });

  it('disables the reply box of a buyer who opted out', async () => {
    const doc = await loadFixture(FIXTURE_URLS.threadUsOptedOut);
    expect(doc.querySelector('.reply-box kat-button')!.shadowRoot!.querySelector('button')!.disabled).toBe(true);
    expect(doc.querySelector('.reply-box kat-textarea')!.shadowRoot!.querySelector('textarea')!.disabled).toBe(true);
  });

  it('shows a buyer’s HTML payload as text, never as an element', async () => {
    const doc = await loadFixture(FIXTURE_URLS.threadUs);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.body.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('makes the tall order page about ten 800 px viewports of items', async () => {
    const doc = await loadFixture(FIXTURE_URLS.orderUsTall);
    expect(doc.querySelectorAll('table.a-keyvalue tbody tr')).toHaveLength(76);
  });
});
