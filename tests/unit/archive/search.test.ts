import { beforeEach, describe, expect, it } from 'vitest';
import { searchArchive } from '../../../storage/search';
import { at, orderDraft, resetDb, seed, threadDraft } from './archive-fixtures';

beforeEach(resetDb);

const ids = async (query: string, options = {}) => (await searchArchive(query, options)).items.map((i) => i.orderId);

describe('searchArchive', () => {
  beforeEach(async () => {
    await seed([
      orderDraft({ capturedAt: at(1), orderId: '112-4837261-5938217', buyerName: 'Jordan Ellis', asins: ['B0CX23V2ZK'], trackingIds: ['1Z999AA10123456784'] }),
      threadDraft({ capturedAt: at(2) }),
      threadDraft({
        capturedAt: at(3),
        orderId: '112-4837261-5938217',
        buyerName: 'Jordan Ellis',
        messages: ['The delivery photo shows <img src=x onerror=alert(1)> on a porch that is not mine.'],
      }),
      orderDraft({ capturedAt: at(4), orderId: '111-3048571-9920388', buyerName: 'Chen Wei', asins: ['B0DJ7K2M4Q'], trackingIds: ['TBA312456789000'], tags: ['duplicate'] }),
      threadDraft({ capturedAt: at(5), orderId: '250-1234567-7654321', buyerName: '山田 太郎', messages: ['商品が破損していました。返金をお願いします。'] }),
    ]);
  });

  it.each([
    ['an order id', '112-4837261-5938217', ['112-4837261-5938217', '112-4837261-5938217']],
    ['the start of an order id', '112-48', ['112-4837261-5938217', '112-4837261-5938217']],
    ['order:', 'order:111-3048571-9920388', ['111-3048571-9920388']],
    ['a word only in a buyer message', 'porch', ['112-4837261-5938217']],
    ['a German word typed without its umlaut', 'beschadigt', ['302-1938475-6647382']],
    ['an ASIN in lower case', 'b0dj7k2m4q', ['111-3048571-9920388']],
    ['asin:', 'asin:B0CX', ['112-4837261-5938217']],
    ['tracking:', 'tracking:1z999', ['112-4837261-5938217']],
    ['buyer:', 'buyer:chen', ['111-3048571-9920388']],
    ['tag:', 'tag:dup', ['111-3048571-9920388']],
    ['Japanese text', '破損', ['250-1234567-7654321']],
    ['kind: with a word', 'kind:thread jordan', ['112-4837261-5938217']],
    ['a date range', `from:${at(2).slice(0, 10)} kind:order`, ['111-3048571-9920388', '112-4837261-5938217']],
    ['nothing', 'verloren', []],
  ])('finds captures by %s', async (_label, query, expected) => {
    expect(await ids(query)).toEqual(expected);
  });

  it('lists the newest captures for an empty query, with the total', async () => {
    const result = await searchArchive('');
    expect(result.items.map((i) => i.capturedAt)).toEqual([at(5), at(4), at(3), at(2), at(1)]);
    expect(result.total).toBe(5);
  });

  it('returns summaries without page text or images', async () => {
    const [item] = (await searchArchive('porch')).items;
    expect(item).toMatchObject({ kind: 'message-thread', buyerName: 'Jordan Ellis', imageId: null });
    expect(item).not.toHaveProperty('text');
    expect(item).not.toHaveProperty('tokens');
  });

  it('passes on filter errors and ignores the bad filter', async () => {
    const result = await searchArchive('porch from:someday');
    expect(result.errors[0]).toMatch(/not a date/);
    expect(result.items).toHaveLength(1);
  });
});

describe('searchArchive over many captures', () => {
  const drafts = Array.from({ length: 40 }, (_, i) =>
    i % 2
      ? threadDraft({ capturedAt: at(i), orderId: `302-0000000-00000${String(i).padStart(2, '0')}`, messages: [i % 10 === 1 ? 'Rückerstattung bitte, Paket beschädigt' : 'Wann kommt mein Paket?'] })
      : orderDraft({ capturedAt: at(i), orderId: `112-0000000-00000${String(i).padStart(2, '0')}` }),
  );

  beforeEach(async () => {
    await seed(drafts);
  });

  it('streams a common word newest first when no condition is rare (small cap)', async () => {
    const result = await searchArchive('paket', { cap: 5, limit: 6 });
    expect(result.items.map((i) => i.capturedAt)).toEqual([at(39), at(37), at(35), at(33), at(31), at(29)]);
    expect(result.more).toBe(true);
  });

  it('checks the other conditions on streamed candidates', async () => {
    const result = await searchArchive('paket beschadigt kind:thread', { cap: 5 });
    expect(result.items.map((i) => i.capturedAt)).toEqual([at(31), at(21), at(11), at(1)]);
    expect(result.more).toBe(false);
  });

  it('says when it stopped at its budget', async () => {
    // Both conditions are too common for cap 2; the page kind is streamed and the word checked.
    const cut = await searchArchive('beschadigt kind:thread', { cap: 2, budget: 3, limit: 2 });
    expect(cut).toMatchObject({ partial: true, more: true, items: [] });
    const whole = await searchArchive('beschadigt kind:thread', { cap: 2, budget: 100, limit: 10 });
    expect(whole).toMatchObject({ partial: false, more: false });
    expect(whole.items).toHaveLength(4);
  });

  it('pages with limit and more', async () => {
    const first = await searchArchive('kind:order', { limit: 5 });
    expect(first.items).toHaveLength(5);
    expect(first.more).toBe(true);
    expect(first.total).toBe(20);
  });
});
