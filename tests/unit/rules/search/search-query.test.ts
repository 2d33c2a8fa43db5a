import { describe, expect, it } from 'vitest';
import { isEmptyQuery, parseSearchQuery } from '../../../../rules/search/search-query';

const localDay = (y: number, m: number, d: number) => new Date(y, m - 1, d).toISOString();

describe('parseSearchQuery', () => {
  it.each([
    ['free words become prefix terms', 'Beschädigt Lieferung', { terms: [{ term: 'beschadigt', prefix: true }, { term: 'lieferung', prefix: true }] }],
    ['order: takes an order id or its start', 'order:112-4837261', { orderId: '112-4837261', terms: [] }],
    ['buyer: with quotes takes several words', 'buyer:"Jordan Ellis"', { terms: [{ term: 'buyer:jordan', prefix: true }, { term: 'buyer:ellis', prefix: true }] }],
    ['asin: is case-insensitive', 'asin:B0CX23', { terms: [{ term: 'asin:b0cx23', prefix: true }] }],
    ['tracking:', 'tracking:1Z999', { terms: [{ term: 'tracking:1z999', prefix: true }] }],
    ['tag:', 'tag:A-to-Z', { terms: [{ term: 'tag:a-to-z', prefix: true }] }],
    ['kind: takes aliases', 'kind:thread', { kinds: ['message-thread'] }],
    ['kind: repeated means either', 'kind:order kind:contact', { kinds: ['order-details', 'contact-buyer'] }],
    ['a date range includes both days', 'from:2026-01-01 to:2026-02-01', { from: localDay(2026, 1, 1), to: localDay(2026, 2, 2) }],
    ['a month', 'from:2026-03 to:2026-03', { from: localDay(2026, 3, 1), to: localDay(2026, 4, 1) }],
    ['Japanese is split into bigrams', '破損した', { terms: [{ term: '破損', prefix: false }, { term: '損し', prefix: false }, { term: 'した', prefix: false }] }],
    ['unknown prefixes are searched as words', 'Note:refund', { terms: [{ term: 'note', prefix: true }, { term: 'refund', prefix: true }] }],
  ])('%s', (_label, input, expected) => {
    expect(parseSearchQuery(input)).toMatchObject({ errors: [], ...expected });
  });

  it('combines words and filters', () => {
    const q = parseSearchQuery('refund kind:thread buyer:jordan from:2025-12-01 order:112-');
    expect(q).toMatchObject({
      terms: [
        { term: 'refund', prefix: true },
        { term: 'buyer:jordan', prefix: true },
      ],
      kinds: ['message-thread'],
      orderId: '112-',
      from: localDay(2025, 12, 1),
      to: null,
      errors: [],
    });
  });

  it.each([
    ['from:2026-02-31', /not a date/],
    ['from:yesterday', /not a date/],
    ['kind:spaceship', /Unknown page kind/],
    ['order:abc', /not an order id/],
    ['from:2026-03-01 to:2026-01-01', /after the "to" date/],
  ])('explains a filter it cannot use: %s', (input, message) => {
    const q = parseSearchQuery(input);
    expect(q.errors).toHaveLength(1);
    expect(q.errors[0]).toMatch(message);
  });

  it.each([
    ['', true],
    ['   ', true],
    ['the', true],
    ['kind:order', false],
    ['x', false],
  ])('"%s" is empty: %s', (input, empty) => {
    expect(isEmptyQuery(parseSearchQuery(input))).toBe(empty);
  });
});
