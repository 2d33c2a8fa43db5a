import { describe, expect, it } from 'vitest';
import {
  buildWatchlistIndex,
  isGenericBuyerName,
  matchBuyer,
  nameKeysFor,
  normalizeBuyerName,
  type MatchableEntry,
} from '../../../../rules/watchlist/buyer-match';

const entry = (id: string, over: Partial<MatchableEntry> = {}): MatchableEntry => ({
  id,
  status: 'active',
  proxyEmails: [],
  orderIds: [],
  nameKeys: [],
  severity: 'medium',
  ...over,
});

describe('normalizeBuyerName', () => {
  it.each([
    ['José Núñez', 'jose nunez'],
    ['  JOSÉ   núñez\t', 'jose nunez'],
    ['Jose\u0301 Nun\u0303ez', 'jose nunez'], // decomposed accents
    ['ＪＯＳＥ　ＮＵＮＥＺ', 'jose nunez'], // full-width letters and space (NFKC)
    ['Jürgen Müller-Lüdenscheidt', 'jurgen muller ludenscheidt'],
    ['Straße', 'strasse'],
    ["Seán O’Brien", 'sean obrien'],
    ["Sean O'Brien", 'sean obrien'],
    ['Łukasz Øster', 'lukasz oster'],
    ['Nguyễn Văn An', 'nguyen van an'],
    ['Jo\u200bhn Smith', 'john smith'], // zero-width space cannot split a name
    ['Smith, John.', 'smith john'],
    ['山田 太郎', '山田 太郎'],
    ['ガブリエル', 'ガブリエル'], // kana voicing marks are not diacritics
    ['अमित कुमार', 'अमित कुमार'], // Devanagari vowel signs are kept
    [null, ''],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(normalizeBuyerName(input)).toBe(expected);
  });
});

describe('isGenericBuyerName', () => {
  it.each([
    'Amazon Customer', 'amazon customer', 'AMAZON  CUSTOMER', 'Amazon-Kunde', 'Kunde', 'Client Amazon',
    'Cliente de Amazon', 'Cliente Amazon', 'Amazonカスタマー', 'Ａｍａｚｏｎカスタマー', 'J.', 'J. D.', 'j d', 'J', '李',
    '', '   ', '---', '12345', null,
  ])('%j is generic', (name) => {
    expect(isGenericBuyerName(name)).toBe(true);
  });

  it.each(['Jo', 'J. Smith', 'Li Na', '李 明', '山田', 'Amazon Customer Smith', 'Kunde Müller'])('%j is a real name', (name) => {
    expect(isGenericBuyerName(name)).toBe(false);
  });

  it('indexes only the non-generic names, once each', () => {
    expect(nameKeysFor(['Amazon Customer', 'José Núñez', 'JOSE NUNEZ', 'J. D.', null])).toEqual(['jose nunez']);
  });
});

describe('matchBuyer', () => {
  const fraud = entry('fraud', {
    proxyEmails: ['x7k2m9q4w1z8c3v@marketplace.amazon.de'],
    orderIds: ['302-1234567-7654321'],
    nameKeys: nameKeysFor(['Jürgen Müller']),
    severity: 'high',
  });
  const canceller = entry('canceller', { orderIds: ['112-0000001-0000001'], nameKeys: nameKeysFor(['Ana Lima']), severity: 'watch' });
  const cleared = entry('cleared', {
    status: 'cleared',
    proxyEmails: ['cleared01@marketplace.amazon.com'],
    orderIds: ['112-9999999-9999999'],
    nameKeys: nameKeysFor(['Old Buyer']),
  });
  const index = buildWatchlistIndex([fraud, canceller, cleared]);

  it.each([
    ['plain proxy email', { proxyEmail: 'x7k2m9q4w1z8c3v@marketplace.amazon.de' }, 'proxyEmail'],
    ['proxy email with a +case tag', { proxyEmail: 'x7k2m9q4w1z8c3v+8f0e11aa-2b3c@marketplace.amazon.de' }, 'proxyEmail'],
    ['proxy email in upper case', { proxyEmail: ' X7K2M9Q4W1Z8C3V@Marketplace.Amazon.DE ' }, 'proxyEmail'],
    ['listed order id', { orderIds: ['302-1234567-7654321'] }, 'orderId'],
    ['listed order id among others', { orderIds: ['111-1111111-1111111', null, '302-1234567-7654321'] }, 'orderId'],
  ])('%s is a strong match', (_, page, kind) => {
    const [match, ...rest] = matchBuyer(index, page);
    expect(rest).toEqual([]);
    expect({ id: match?.entry.id, strength: match?.strength, kinds: match?.keys.map((k) => k.kind) }).toEqual({
      id: 'fraud',
      strength: 'strong',
      kinds: [kind],
    });
  });

  it.each(['Jürgen Müller', 'jurgen muller', 'JÜRGEN  MÜLLER', ' Jürgen\tMüller ', 'Ｊｕｒｇｅｎ Ｍｕｌｌｅｒ'])(
    'the name %j alone is a possible match',
    (buyerName) => {
      expect(matchBuyer(index, { buyerName }).map((m) => [m.entry.id, m.strength])).toEqual([['fraud', 'possible']]);
    },
  );

  it('a name plus a listed email stays one strong match naming both keys', () => {
    const [match, ...rest] = matchBuyer(index, { proxyEmail: 'x7k2m9q4w1z8c3v@marketplace.amazon.de', buyerName: 'Jürgen Müller' });
    expect(rest).toEqual([]);
    expect(match?.strength).toBe('strong');
    expect(match?.keys).toEqual([
      { kind: 'proxyEmail', value: 'x7k2m9q4w1z8c3v@marketplace.amazon.de' },
      { kind: 'name', value: 'jurgen muller' },
    ]);
  });

  it('generic names never match, even when an entry was stored with one', () => {
    const generic = buildWatchlistIndex([entry('g', { orderIds: ['112-5555555-5555555'], nameKeys: ['amazon customer', 'j d', ''] })]);
    for (const buyerName of ['Amazon Customer', 'J. D.', '', 'Kunde']) {
      expect(matchBuyer(generic, { buyerName })).toEqual([]);
    }
  });

  it.each([
    ['its email', { proxyEmail: 'cleared01@marketplace.amazon.com' }],
    ['its order id', { orderIds: ['112-9999999-9999999'] }],
    ['its name', { buyerName: 'Old Buyer' }],
  ])('a cleared entry never matches by %s', (_, page) => {
    expect(matchBuyer(index, page)).toEqual([]);
  });

  it('an unlisted buyer matches nothing', () => {
    expect(matchBuyer(index, { proxyEmail: 'someoneelse@marketplace.amazon.de', orderIds: ['302-0000000-0000000'], buyerName: 'Eva Frank' })).toEqual([]);
  });

  it('lists strong matches before possible ones, then by severity', () => {
    const page = { orderIds: ['112-0000001-0000001'], buyerName: 'Jürgen Müller' };
    expect(matchBuyer(index, page).map((m) => [m.entry.id, m.strength])).toEqual([
      ['canceller', 'strong'],
      ['fraud', 'possible'],
    ]);
    const both = { orderIds: ['112-0000001-0000001', '302-1234567-7654321'] };
    expect(matchBuyer(index, both).map((m) => m.entry.id)).toEqual(['fraud', 'canceller']);
  });

  it('counts only active entries in the index', () => {
    expect(index.size).toBe(2);
  });
});
