import { describe, expect, it } from 'vitest';
import { captureTerms, MAX_TERMS_PER_CAPTURE } from '../../../../rules/search/capture-terms';
import { foldText, queryTerms, searchableText, tokenize } from '../../../../rules/search/search-tokens';

/** True when every term of `typed` is found in `stored` the way the search matches it. */
function finds(stored: string, typed: string): boolean {
  const terms = tokenize(stored);
  const wanted = queryTerms(typed);
  return wanted.length > 0 && wanted.every((q) => terms.some((t) => (q.prefix ? t.startsWith(q.term) : t === q.term)));
}

describe('foldText', () => {
  it.each([
    ['Rückerstattung', 'ruckerstattung'],
    ['ÉCHANGÉ', 'echange'],
    ['Straße', 'strasse'],
    ['Ｂ０ＣＸ２３', 'b0cx23'],
    ['Øresund', 'oresund'],
    ['が', 'が'], // Japanese voiced marks are letters, not diacritics
  ])('%s → %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  /** Every step of the fold, as for text that is not plain ASCII. */
  const fullFold = (text: string) =>
    text
      .normalize('NFKC')
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]+/g, '')
      .normalize('NFC');

  it.each([
    ['Order 112-4837261-5938217 Shipped'],
    ["Didn't ARRIVE: Tracking 1Z999AA10123456784\n\tRefund order"],
    ['k3m9xq2vbw7hty4@marketplace.amazon.com ~!#$%^&*()_+{}|[]\\;<>?,./`'],
    ['\u0001 a control character'],
  ])('folds plain ASCII as the full fold does: %j', (input) => {
    expect(foldText(input)).toBe(fullFold(input));
  });
});

describe('tokenize', () => {
  it('keeps identifiers whole and also indexes their parts', () => {
    const terms = tokenize('Order 112-4837261-5938217 ASIN B0CX23V2ZK tracking 1Z999AA10123456784 k3m9xq2vbw7hty4@marketplace.amazon.com');
    expect(terms).toEqual(
      expect.arrayContaining(['112-4837261-5938217', '4837261', '5938217', 'b0cx23v2zk', '1z999aa10123456784', 'k3m9xq2vbw7hty4@marketplace.amazon.com', 'k3m9xq2vbw7hty4']),
    );
  });

  it('indexes German umlauts folded and spelled out', () => {
    expect(tokenize('Die Lieferung war beschädigt, bitte Rückerstattung')).toEqual(
      expect.arrayContaining(['lieferung', 'beschadigt', 'beschaedigt', 'ruckerstattung', 'rueckerstattung', 'bitte']),
    );
  });

  it('leaves out stop words, single letters and duplicates', () => {
    expect(tokenize('The box and THE tape: a mess, a MESS')).toEqual(['box', 'tape', 'mess']);
  });

  it('turns Japanese and Chinese runs into bigrams plus the last character', () => {
    expect(tokenize('商品が破損していました')).toEqual(['商品', '品が', 'が破', '破損', '損し', 'して', 'てい', 'いま', 'まし', 'した', 'た']);
    expect(tokenize('快递损坏了')).toEqual(['快递', '递损', '损坏', '坏了', '了']);
  });

  it('splits CJK from Latin words and digits', () => {
    expect(tokenize('Amazonで購入 注文番号250-1234567-7654321')).toEqual(
      expect.arrayContaining(['amazon', 'で購', '購入', '注文', '文番', '番号', '250-1234567-7654321']),
    );
  });

  it('drops absurdly long junk but keeps its parts', () => {
    const junk = `${'a'.repeat(70)}-part`;
    expect(tokenize(junk)).toEqual(['part']);
  });

  // The archive search checks a stop term on the lines of a page text that hold it
  // (storage/archive/search-criteria.ts): that is only right while no term spans a line.
  it.each([
    ['compounds and identifiers at line ends', 'Order 112-4837261-\n5938217 re-\nfund a.b\n.c'],
    ['CJK runs broken by a line', '商品が破\n損していました\nＡＢＣ\n１２３'],
    ['umlauts, apostrophes and a Greek final sigma', "Rückerstat-\ntung didn'\nt ΟΔΟΣ\nΣ"],
  ])('gives no line of a text a term the whole text lacks (%s)', (_label, text) => {
    const whole = new Set(tokenize(text));
    for (const line of text.split('\n')) expect(tokenize(line).filter((t) => !whole.has(t))).toEqual([]);
  });
});

describe('queryTerms and matching', () => {
  it.each([
    ['a German word typed without its umlaut', 'Die Lieferung war beschädigt', 'beschadigt'],
    ['a German word spelled with ae', 'Die Lieferung war beschädigt', 'beschaedigt'],
    ['an umlaut typed, stored without', 'Lieferung war beschadigt', 'beschädigt'],
    ['upper case', 'Bitte Rückerstattung', 'RÜCKERSTATTUNG'],
    ['a prefix while typing', 'Bitte Rückerstattung', 'rücker'],
    ['French accents', 'Colis endommagé à la livraison', 'endommage'],
    ['the start of an order id', 'Order 112-4837261-5938217', '112-48372'],
    ['the last digits of an order id', 'Order 112-4837261-5938217', '5938217'],
    ['an ASIN in lower case', 'ASIN: B0CX23V2ZK', 'b0cx23v2zk'],
    ['a Japanese phrase', '商品が破損していました', '破損して'],
    ['a single Japanese character', '商品が破損していました', '損'],
    ['a Chinese phrase', '快递损坏了', '损坏'],
    ['full-width digits', '注文番号 ２５０', '250'],
    ['an apostrophe', "Package didn't arrive", 'didnt'],
  ])('finds %s', (_label, stored, typed) => {
    expect(finds(stored, typed)).toBe(true);
  });

  it.each([
    ['another word', 'Die Lieferung war beschädigt', 'verloren'],
    ['a Japanese phrase not in the text', '商品が破損していました', '破損なし'],
    ['an order id that differs', 'Order 112-4837261-5938217', '112-4837262'],
  ])('does not find %s', (_label, stored, typed) => {
    expect(finds(stored, typed)).toBe(false);
  });

  it('gives stop words no terms, so they do not narrow a search', () => {
    expect(queryTerms('the')).toEqual([]);
  });
});

describe('captureTerms', () => {
  const record = {
    orderId: '112-4837261-5938217',
    buyerName: 'Jordan Ellis',
    buyerProxyEmail: 'k3m9xq2vbw7hty4@marketplace.amazon.com',
    marketplace: 'US',
    asins: ['B0CX23V2ZK'],
    trackingIds: ['1Z999AA10123456784'],
    tags: ['A-to-Z'],
    note: 'Porch photo',
    title: 'Order details',
    text: 'Still nothing today',
    data: { thread: { messages: [{ text: 'The delivery photo shows <img src=x onerror=alert(1)>', sender: 'Jordan' }] } },
  };

  it('adds field-scoped terms for the buyer, ASIN, tracking and tag filters', () => {
    expect(captureTerms(record)).toEqual(
      expect.arrayContaining(['buyer:jordan', 'buyer:ellis', 'buyer:k3m9xq2vbw7hty4', 'asin:b0cx23v2zk', 'tracking:1z999aa10123456784', 'tag:a-to-z']),
    );
  });

  it('indexes message text and the page text', () => {
    expect(captureTerms(record)).toEqual(expect.arrayContaining(['photo', 'onerror', 'alert', 'nothing', 'porch']));
  });

  it('caps the terms of a huge page but keeps identifiers', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `word${i}`).join(' ');
    const terms = captureTerms({ ...record, text });
    expect(terms).toHaveLength(MAX_TERMS_PER_CAPTURE);
    expect(terms).toEqual(expect.arrayContaining(['112-4837261-5938217', 'buyer:jordan', 'asin:b0cx23v2zk']));
  });
});

describe('searchableText', () => {
  it.each([
    'Die Lieferung war beschädigt, bitte Rückerstattung. Grüße aus Köln — Straße',
    "Package didn't arrive; order 112-4837261-5938217, ASIN B0CX23V2ZK",
    '商品が破損していました。注文番号２５０－１２３４５６７',
    'ÉCHANGÉ · Øresund · l\'adresse · k3m9xq2vbw7hty4@marketplace.amazon.com',
  ])('contains every term of %j', (text) => {
    const haystack = searchableText(text);
    expect(tokenize(text).filter((term) => !haystack.includes(term))).toEqual([]);
  });
});
