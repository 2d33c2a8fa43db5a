import { beforeEach, describe, expect, it } from 'vitest';
import { searchArchive } from '../../../../storage/archive/search';
import { at, orderDraft, resetDb, seed, threadDraft } from '../archive-fixtures';
import { db } from '../../../../storage/db';
import { readStopTerms, STOP_TERMS_KEY } from '../../../../storage/archive/stop-terms';

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
    // The order-id prefix stands for 20 ids (too many to stream) and is too common to list
    // for cap 2, so the page kind is streamed and the prefix checked on each record.
    const cut = await searchArchive('302-0000000-00000 kind:order', { cap: 2, budget: 3, limit: 2 });
    expect(cut).toMatchObject({ partial: true, more: true, items: [] });
    const whole = await searchArchive('302-0000000-00000 kind:order', { cap: 2, budget: 100, limit: 10 });
    expect(whole).toMatchObject({ partial: false, more: false, items: [] });
    expect((await searchArchive('302-0000000-00000 kind:thread', { cap: 2, limit: 50 })).items).toHaveLength(20);
  });

  it('streams an order-id prefix of many orders through its complete segment, checking the prefix on each record', async () => {
    const phases = () => (performance.getEntriesByName('archive-search-phases').at(-1) as PerformanceMeasure).detail as { kind: string };
    // "302-" stands for 20 order ids (more than a prefix may stream) and is too common to list at cap 2.
    const threads = await searchArchive('order:302- paket', { cap: 2, limit: 50 });
    expect(threads.items.map((i) => i.capturedAt)).toEqual(Array.from({ length: 20 }, (_, k) => at(39 - 2 * k)));
    expect(phases().kind).toBe('joined');
    // Every capture has the segment "0000000": the segment's ids are only candidates.
    const orders = await searchArchive('order:112-0000000- kind:order', { cap: 2, limit: 50 });
    expect(orders.items.map((i) => i.orderId)).toEqual(Array.from({ length: 20 }, (_, k) => `112-0000000-00000${String(38 - 2 * k).padStart(2, '0')}`));
    expect(await ids('order:302-0000000- kind:order', { cap: 2 })).toEqual([]);
  });

  it('counts an order-id prefix exactly when its own ids are listed whole, without checking the segment that only narrows them', async () => {
    // At cap 25 the 20 order ids under "112-0000000-" are listed whole; the segment "0000000"
    // (all 40 captures) is not, but its ids are only candidates, so nothing needs loading to count.
    const result = await searchArchive('order:112-0000000-', { cap: 25, limit: 5 });
    expect(result).toMatchObject({ total: 20, more: true, partial: false });
    expect(result.items.map((i) => i.orderId)).toEqual(['112-0000000-0000038', '112-0000000-0000036', '112-0000000-0000034', '112-0000000-0000032', '112-0000000-0000030']);
  });

  it('streams a prefix through the few words it stands for', async () => {
    const result = await searchArchive('beschadigt kind:thread', { cap: 2, budget: 4, limit: 10 });
    expect(result.items.map((i) => i.capturedAt)).toEqual([at(31), at(21), at(11), at(1)]);
    expect(result.partial).toBe(false);
  });

  it('reads a stream on past its first window', async () => {
    const result = await searchArchive('paket', { cap: 2, limit: 15 });
    expect(result.items.map((i) => i.capturedAt)).toEqual(Array.from({ length: 15 }, (_, k) => at(39 - 2 * k)));
    expect(result.more).toBe(true);
  });

  it('merges the words a prefix stands for without duplicates', async () => {
    // "besch" stands for "beschadigt" and "beschaedigt", both indexed for every damaged parcel.
    const result = await searchArchive('besch', { cap: 2, limit: 10 });
    expect(result.items.map((i) => i.capturedAt)).toEqual([at(31), at(21), at(11), at(1)]);
  });

  it('intersects two common conditions by their ids before loading records', async () => {
    // Too common to list or read whole at cap 2: "paket" (every thread) and "wann" (threads without damage).
    const result = await searchArchive('paket wann', { cap: 2, limit: 50 });
    const expected = Array.from({ length: 20 }, (_, k) => 39 - 2 * k).filter((i) => i % 10 !== 1);
    expect(result.items.map((i) => i.capturedAt)).toEqual(expected.map(at));
    expect(result).toMatchObject({ more: false, partial: false });
  });

  it('says when reading streams side by side stopped at its budget', async () => {
    // Threads and order pages never share a capture: only the budget ends the side-by-side read.
    expect(await searchArchive('paket kind:order', { cap: 2, limit: 5, budget: 5 })).toMatchObject({ items: [], partial: true });
    expect(await searchArchive('paket kind:order', { cap: 2, limit: 5, budget: 100 })).toMatchObject({ items: [], partial: false, more: false });
  });

  it('reads a condition whole when its newest ids show it is rare', async () => {
    const result = await searchArchive('beschadigt', { cap: 2, limit: 50 });
    expect(result.items.map((i) => i.capturedAt)).toEqual([at(31), at(21), at(11), at(1)]);
    expect(result.total).toBe(4);
  });

  it('streams a lone common condition without reading it whole just to count it', async () => {
    const result = await searchArchive('paket', { cap: 4, limit: 5 });
    expect(result.items.map((i) => i.capturedAt)).toEqual([at(39), at(37), at(35), at(33), at(31)]);
    expect(result).toMatchObject({ total: null, more: true, partial: false });
    expect(((performance.getEntriesByName('archive-search-phases').at(-1) as PerformanceMeasure).detail as { kind: string }).kind).toBe('streamed');
  });

  it('pages with limit and more', async () => {
    const first = await searchArchive('kind:order', { limit: 5 });
    expect(first.items).toHaveLength(5);
    expect(first.more).toBe(true);
    expect(first.total).toBe(20);
  });
});

describe('searchArchive by date', () => {
  beforeEach(async () => {
    await seed(['2026-01-10', '2026-02-10', '2026-02-20', '2026-03-10'].map((day) => threadDraft({ capturedAt: `${day}T12:00:00.000Z` })));
  });

  it.each([
    ['a range, streamed', 'kind:thread from:2026-02-01 to:2026-02-28', 1, ['2026-02-20', '2026-02-10']],
    ['a range, listed', 'beschadigt from:2026-02-01 to:2026-02-28', 200, ['2026-02-20', '2026-02-10']],
    ['only a start', 'from:2026-02-15', 1, ['2026-03-10', '2026-02-20']],
    ['only an end', 'lieferung to:2026-01-31', 1, ['2026-01-10']],
  ])('%s', async (_label, query, cap, days) => {
    const result = await searchArchive(query, { cap });
    expect(result.items.map((i) => i.capturedAt.slice(0, 10))).toEqual(days);
  });
});

describe('searchArchive checking records a page at a time', () => {
  // 100 captures, newest first: the first 40 all say "Paket", then every other one does.
  const says = (newest: number) => newest < 40 || newest % 2 === 0;
  beforeEach(async () => {
    await db.meta.put({ key: STOP_TERMS_KEY, value: { terms: ['paket'], learnedAt: '2026-01-01T00:00:00.000Z' } });
    await readStopTerms();
    await seed(Array.from({ length: 100 }, (_, i) => threadDraft({ capturedAt: at(i), messages: [says(99 - i) ? 'Wo ist mein Paket?' : 'Wo ist meine Bestellung?'] })));
  });

  it.each([
    ['the limit reached inside the first page', 30],
    ['just past the first page', 41],
    ['well into the second page', 50],
    ['most of the matches', 69],
    ['every match', 70],
  ])('finds the newest matches of a word it must check on each record: %s', async (_label, limit) => {
    const matches = Array.from({ length: 100 }, (_, newest) => newest)
      .filter(says)
      .map((newest) => at(99 - newest));
    const result = await searchArchive('paket', { limit });
    expect(result.items.map((i) => i.capturedAt)).toEqual(matches.slice(0, limit));
    expect(result).toMatchObject({ more: limit < matches.length, partial: false });
  });
});
