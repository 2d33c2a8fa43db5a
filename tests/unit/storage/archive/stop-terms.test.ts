import { beforeEach, describe, expect, it, vi } from 'vitest';
import { learnStopTerms } from '../../../../rules/search/learn-stop-terms';
import { captureTerms, MAX_TERMS_PER_CAPTURE } from '../../../../rules/search/capture-terms';
import { db } from '../../../../storage/db';
import { searchArchive } from '../../../../storage/archive/search';
import { learnArchiveStopTerms, readStopTerms, STOP_TERMS_KEY } from '../../../../storage/archive/stop-terms';
import { at, orderDraft, resetDb, seed } from '../archive-fixtures';

describe('learnStopTerms', () => {
  const samples = [
    ['order', 'details', 'jane', 'buyer:jane', '112-3456789-0123456'],
    ['order', 'details', 'li', 'buyer:li', '112-3456789-0123457'],
    ['order', 'shipped', 'li', 'buyer:li', '112-3456789-0123458'],
  ];

  it.each([
    ['terms in at least half of the captures', samples, [], { minSample: 3 }, ['order', 'details', 'li']],
    ['a higher share', samples, [], { minSample: 3, minShare: 0.9 }, ['order']],
    ['nothing from too few captures', samples, [], { minSample: 4 }, []],
    ['keeps what was learned before', samples, ['refund'], { minSample: 3, minShare: 0.9 }, ['refund', 'order']],
    ['stops at the maximum', samples, [], { minSample: 3, max: 2 }, ['order', 'details']],
  ])('%s', (_label, input, existing, options, expected) => {
    expect(learnStopTerms(input, existing, options)).toEqual(expected);
  });

  it('never learns field-scoped terms or identifiers, however common', () => {
    const same = Array.from({ length: 3 }, () => ['buyer:li', '112', 'b0cx23v2zk', 'order']);
    expect(learnStopTerms(same, [], { minSample: 3 })).toEqual(['order']);
  });
});

describe('captures and searches with stop terms', () => {
  beforeEach(resetDb);

  it('leaves stop terms out of the indexed tokens but not out of the full terms', () => {
    const record = orderDraft({ text: 'Order details Shipped Blue mug' });
    const full = captureTerms(record);
    const indexed = captureTerms(record, new Set(['order', 'details']));
    expect(full).toEqual(expect.arrayContaining(['order', 'details', 'mug']));
    expect(indexed).not.toContain('details');
    expect(indexed).toEqual(full.filter((t) => t !== 'order' && t !== 'details'));
  });

  it('finds captures by a stop term and by a prefix of one, stored before and after it was learned', async () => {
    const before = await seed([orderDraft({ capturedAt: at(1), text: 'Order details Ship by Deliver by Thermos' }), orderDraft({ capturedAt: at(2), text: 'Order details Ship by Deliver by Bottle' })]);
    expect(await learnArchiveStopTerms(new Date(), { minSample: 2 })).toEqual(expect.arrayContaining(['details', 'ship', 'deliver']));
    const [after] = await seed([orderDraft({ capturedAt: at(3), text: 'Order details Ship by Deliver by Socks' })]);
    expect(after!.tokens).not.toContain('details');
    expect(after!.tokens).toContain('socks');

    const ids = async (q: string) => (await searchArchive(q)).items.map((i) => i.id);
    expect(await ids('details')).toEqual([after!.id, before[1]!.id, before[0]!.id]);
    expect(await ids('delive')).toEqual([after!.id, before[1]!.id, before[0]!.id]);
    expect(await ids('details socks')).toEqual([after!.id]);
    expect(await ids('thermos')).toEqual([before[0]!.id]);
  });

  it.each([
    ['an indexed term it starts (a field term)', 'tracking', { trackingIds: ['1Z999AA10123456784'], text: 'Order details' }, true],
    ['an indexed term it starts (a longer word)', 'refund', { text: 'Order details Refunded' }, true],
    ['the stop term itself, in the page text only', 'refund', { text: 'Order details Refund order' }, true],
    ['the stop term inside a longer word only', 'refund', { text: 'Order details Nonrefundable' }, false],
    ['the stop term on one line of a longer page text', 'refund', { text: 'Order details\nShip by\nRefund order\nPrint packing slip' }, true],
    ['the stop term in the note only', 'refund', { text: 'Order details', note: 'Refund sent' }, true],
    ['the stop term inside a longer word on its line only', 'refund', { text: 'Order details\nNonrefundable\nShip by' }, false],
    ['an exact stop term (Japanese), not its neighbours', '破損', { text: 'Order details 破れ 損傷' }, false],
  ])('finds a stop term or its prefix through %s', async (_label, query, fields, found) => {
    await db.meta.put({ key: STOP_TERMS_KEY, value: { terms: ['refund', 'tracking', '破損'], learnedAt: '2026-01-01T00:00:00.000Z' } });
    await readStopTerms();
    const [capture] = await seed([orderDraft({ capturedAt: at(1), trackingIds: [], ...fields })]);
    expect(capture!.tokens).not.toContain(query);
    expect((await searchArchive(query)).items.map((i) => i.id)).toEqual(found ? [capture!.id] : []);
  });

  it.each([
    ['a stop term', 'refund', ['refund', 'order']],
    ['the start of a stop term', 'refu', ['refund']],
  ])('reads no index for %s it already knows, and finds it before and after it was learned', async (_label, query, stop) => {
    const learn = async (terms: string[]) => {
      await db.meta.put({ key: STOP_TERMS_KEY, value: { terms, learnedAt: '2026-01-01T00:00:00.000Z' } });
      await readStopTerms();
    };
    await learn([]);
    const [older] = await seed([orderDraft({ capturedAt: at(1), text: 'Refund order' })]);
    await learn(stop);
    const [newer] = await seed([orderDraft({ capturedAt: at(2), text: 'Refund order' })]);
    // The older capture keeps `refund` in its tokens: an index lookup of the word would find it.
    expect(older!.tokens).toContain('refund');
    const reads = [vi.spyOn(IDBIndex.prototype, 'openKeyCursor'), vi.spyOn(IDBIndex.prototype, 'getAllKeys')];
    try {
      expect((await searchArchive(query)).items.map((i) => i.id)).toEqual([newer!.id, older!.id]);
      for (const read of reads) expect(read).not.toHaveBeenCalled();
    } finally {
      for (const read of reads) read.mockRestore();
    }
  });

  it('answers from the full terms when a capture has more terms than its tokens hold', async () => {
    await db.meta.put({ key: STOP_TERMS_KEY, value: { terms: ['refund', 'alpha'], learnedAt: '2026-01-01T00:00:00.000Z' } });
    await readStopTerms();
    // Exactly enough words that `refuelx` is the first full term past the cap; leaving the
    // stop term `alpha` out of the tokens makes room for it there.
    const base = captureTerms(orderDraft({ text: 'Alpha' })).length;
    const words = Array.from({ length: MAX_TERMS_PER_CAPTURE - base }, (_, i) => `w${i.toString(36)}x`);
    const [capture] = await seed([orderDraft({ capturedAt: at(1), text: `Alpha ${words.join(' ')} refuelx` })]);
    expect(capture!.tokens).toContain('refuelx');
    expect(captureTerms(capture!)).not.toContain('refuelx');
    expect((await searchArchive('refu')).items).toEqual([]);
  });

  it('only ever adds stop terms', async () => {
    await db.meta.put({ key: STOP_TERMS_KEY, value: { terms: ['refund'], learnedAt: '2026-01-01T00:00:00.000Z' } });
    await seed([orderDraft({ capturedAt: at(1), text: 'Alpha' }), orderDraft({ capturedAt: at(2), text: 'Alpha' })]);
    await learnArchiveStopTerms(new Date(), { minSample: 2, minShare: 1 });
    expect([...(await readStopTerms())]).toEqual(expect.arrayContaining(['refund', 'alpha']));
  });
});
