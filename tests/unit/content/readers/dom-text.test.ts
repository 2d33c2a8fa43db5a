import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { deepQuerySelectorAll, visibleText } from '../../../../entrypoints/sellercentral.content/readers/dom-text';
import { valueAfterLabel } from '../../../../entrypoints/sellercentral.content/readers/labels';
import { closeFixtures, loadFixture } from '../../../fixtures/load';
import { FIXTURE_URLS } from '../../../fixtures/site';

afterAll(closeFixtures);

function build(parent: ParentNode, tag: string, text = '', attrs: Record<string, string> = {}) {
  const element = document.createElement(tag);
  element.textContent = text;
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  parent.append(element);
  return element;
}

describe('visibleText', () => {
  beforeEach(() => document.body.replaceChildren());

  it('reads open shadow roots and slotted content in rendering order', () => {
    const host = build(document.body, 'div');
    const shadow = host.attachShadow({ mode: 'open' });
    build(shadow, 'p', 'Inside the shadow root');
    build(shadow, 'slot');
    build(host, 'p', 'Slotted light text');

    expect(visibleText(document.body)).toBe('Inside the shadow root\nSlotted light text');
  });

  it('skips scripts, styles, form values, hidden elements and Seller Guard’s own UI', () => {
    build(document.body, 'p', 'Shown');
    build(document.body, 'script', 'var secret = 1;');
    build(document.body, 'style', '.x { color: red }');
    build(document.body, 'textarea', 'draft being typed');
    build(document.body, 'p', 'Hidden attribute', { hidden: '' });
    build(document.body, 'p', 'Inline hidden', { style: 'display: none' });
    build(document.body, 'th', 'Gift options', { class: 'a-hidden' });
    build(document.body, 'span', '$24.99', { class: 'a-offscreen' });
    const ours = build(document.body, 'seller-guard-banner');
    build(ours.attachShadow({ mode: 'open' }), 'p', 'Our own warning');

    expect(visibleText(document.body)).toBe('Shown');
  });

  it('starts lines at blocks and separates table cells with tabs', () => {
    const table = build(document.body, 'table');
    const row = build(build(table, 'tbody'), 'tr');
    build(row, 'td', 'Contact Buyer:');
    build(row, 'td', 'Jordan Ellis');
    const line = build(document.body, 'div', 'ASIN: ');
    build(line, 'b', 'B0C7Q2ZK4M');

    expect(visibleText(document.body)).toBe('Contact Buyer:\tJordan Ellis\nASIN: B0C7Q2ZK4M');
  });

  it('reads Katal labels drawn inside shadow roots on a fixture page', async () => {
    const doc = await loadFixture(FIXTURE_URLS.threadUsGuidelineFailure);

    const text = visibleText(doc);

    expect(text).toContain('No response needed'); // kat-button label
    expect(text).toContain('This message was not sent as it did not meet'); // kat-alert description
    expect(text).not.toContain('Gift options');
  });
});

describe('deepQuerySelectorAll', () => {
  it('finds the real textarea inside a kat-textarea’s shadow root', async () => {
    const doc = await loadFixture(FIXTURE_URLS.contactUs);

    expect(doc.querySelectorAll('textarea')).toHaveLength(0);
    const [textarea] = deepQuerySelectorAll<HTMLTextAreaElement>(doc, 'textarea[part="textarea"]');
    expect(textarea?.getAttribute('aria-label')).toBe(
      '4000 character limit. Only links related to order completion are allowed, no HTML or email addresses.',
    );
  });
});

describe('valueAfterLabel', () => {
  it.each([
    [['Purchase date: Thu, Dec 4, 2025'], ['Purchase date'], 'Thu, Dec 4, 2025'],
    [['Kaufdatum:', 'So., 2. Nov. 2025'], ['Purchase date', 'Kaufdatum'], 'So., 2. Nov. 2025'],
    [['Contact Buyer:\tJordan Ellis\tmore'], ['Contact Buyer'], 'Jordan Ellis'],
    [['Buyer name', 'Maria Gonzalez'], ['Buyer name'], 'Maria Gonzalez'],
    [['Statut : Livrée'], ['Statut'], 'Livrée'],
    [['Status\tImage\tProduct name'], ['Status'], null],
    [['Order status is unknown'], ['Order status'], null],
    [['Carrier:'], ['Carrier'], null],
  ] as const)('%j with %j → %s', (lines, labels, value) => {
    expect(valueAfterLabel(lines, labels)).toBe(value);
  });
});
