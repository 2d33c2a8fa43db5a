import { describe, expect, it } from 'vitest';
import {
  fillTemplate,
  findPlaceholders,
  placeholderErrors,
  suggestPlaceholder,
  unfilledPlaceholders,
} from '../../../../rules/templates/placeholders';

describe('template placeholders', () => {
  it('finds each {name} with its offsets', () => {
    expect(findPlaceholders('Hi {buyerName}, order {orderId}.')).toEqual([
      { name: 'buyerName', start: 3, end: 14, known: true },
      { name: 'orderId', start: 22, end: 31, known: true },
    ]);
  });

  it.each([
    ['{buyername}', 'buyerName'],
    ['{buyer_name}', 'buyerName'],
    ['{trackingID}', 'trackingId'],
    ['{trakingId}', 'trackingId'],
    ['{shipDte}', 'shipDate'],
    ['{orderNumber}', null],
  ])('names the unknown placeholder %s and suggests %s', (body, suggestion) => {
    const [error] = placeholderErrors(`Hello ${body}`);
    expect(error?.name).toBe(body.slice(1, -1));
    expect(error?.suggestion).toBe(suggestion);
  });

  it('reads stray or long braces as plain text', () => {
    expect(findPlaceholders('a { b } {')).toEqual([{ name: 'b', start: 2, end: 7, known: false }]);
    expect(findPlaceholders(`{${'x'.repeat(60)}}`)).toEqual([]);
    expect(placeholderErrors('price {')).toEqual([]);
  });

  it('fills known placeholders and keeps the unfilled ones marked at their new offsets', () => {
    const filled = fillTemplate('Dear {buyerName}, tracking {trackingId} for {orderId}.', {
      buyerName: 'Anna Schmidt',
      orderId: '112-4837261-5938217',
      trackingId: null,
    });
    expect(filled.text).toBe('Dear Anna Schmidt, tracking {trackingId} for 112-4837261-5938217.');
    expect(filled.unfilled).toHaveLength(1);
    const [gap] = filled.unfilled;
    expect(filled.text.slice(gap!.start, gap!.end)).toBe('{trackingId}');
    expect(unfilledPlaceholders(filled.text).map((token) => token.name)).toEqual(['trackingId']);
  });

  it('suggests nothing for a name far from every placeholder', () => {
    expect(suggestPlaceholder('weather')).toBeNull();
  });

  it('reads a hostile body of 200,000 open braces as plain text', () => {
    expect(findPlaceholders('{'.repeat(200_000))).toEqual([]);
  });
});
