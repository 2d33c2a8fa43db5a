import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../storage/db';
import { CHUNK_ENTRIES, WATCHLIST_DIRECTORY_KEY } from '../../../../storage/watchlist/watchlist-chunks';
import {
  countEntries,
  readAllEntries,
  readEntries,
  readEntriesWithKeys,
  readEntry,
  removeEntry,
  writeEntries,
} from '../../../../storage/watchlist/watchlist-records';
import type { WatchlistEntry } from '../../../../storage/watchlist/watchlist-schema';
import { freshDatabase } from './watchlist-helpers';

const order = (i: number) => `113-${String(1_000_000 + i).slice(-7)}-${String(2_000_000 + i).slice(-7)}`;

function entry(i: number, overrides: Partial<WatchlistEntry> = {}): WatchlistEntry {
  return {
    id: `e-${i}`,
    status: 'active',
    buyerNames: [`Buyer ${i}`],
    nameKeys: [`buyer ${i}`],
    proxyEmails: [`b${i}@marketplace.amazon.de`],
    orderIds: [order(i)],
    reason: 'false-claim',
    severity: 'high',
    notes: '',
    evidence: [],
    addedBy: 'Mia',
    addedAt: '2026-01-10T09:00:00.000Z',
    reviewedAt: null,
    reviewDue: '2026-04-10T09:00:00.000Z',
    cleared: null,
    history: [],
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, k) => entry(from + k));
const byId = (entries: readonly WatchlistEntry[]) => [...entries].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));

beforeEach(() => freshDatabase());

describe('the watchlist stored several entries to a record', () => {
  it.each([
    { written: 1, chunks: 1 },
    { written: CHUNK_ENTRIES, chunks: 1 },
    { written: CHUNK_ENTRIES + 1, chunks: 2 },
    { written: 2_000, chunks: 4 },
  ])('keeps every one of $written entries written at once, in $chunks chunk records', async ({ written, chunks }) => {
    const entries = range(0, written);
    await writeEntries(entries);
    expect(byId(await readAllEntries())).toEqual(entries);
    expect([await countEntries(), await db.watchlistChunks.count()]).toEqual([written, chunks]);
  });

  it('fills the newest chunk before starting another, across writes (a first sync a page at a time)', async () => {
    for (let page = 0; page < 5; page++) await writeEntries(range(page * 150, 150));
    expect([await countEntries(), await db.watchlistChunks.count()]).toEqual([750, 2]);
    expect((await db.watchlistChunks.toArray()).map((chunk) => chunk.entries.length)).toEqual([CHUNK_ENTRIES, 250]);
  });

  it('replaces an entry written again where it is, and the last of two with one id wins', async () => {
    await writeEntries(range(0, CHUNK_ENTRIES + 10));
    await writeEntries([entry(3, { notes: 'first' }), entry(3, { notes: 'second' }), entry(CHUNK_ENTRIES + 5, { severity: 'watch' })]);
    expect([await countEntries(), await db.watchlistChunks.count()]).toEqual([CHUNK_ENTRIES + 10, 2]);
    expect((await readEntry('e-3'))?.notes).toBe('second');
    expect((await readEntry(`e-${CHUNK_ENTRIES + 5}`))?.severity).toBe('watch');
  });

  it('reads entries by id in the order asked, undefined for one not listed', async () => {
    await writeEntries(range(0, CHUNK_ENTRIES * 2));
    const found = await readEntries([`e-${CHUNK_ENTRIES + 1}`, 'e-missing', 'e-0']);
    expect(found.map((e) => e?.id)).toEqual([`e-${CHUNK_ENTRIES + 1}`, undefined, 'e-0']);
  });

  it('finds entries by proxy email or order id, and no longer by a key an edit removed', async () => {
    await writeEntries(range(0, CHUNK_ENTRIES + 2));
    const ids = async (emails: string[], orders: string[]) => (await readEntriesWithKeys(emails, orders)).map((e) => e.id).sort();
    expect(await ids(['b7@marketplace.amazon.de'], [order(CHUNK_ENTRIES + 1)])).toEqual([`e-${CHUNK_ENTRIES + 1}`, 'e-7']);
    // One entry holding both keys is found once.
    expect(await ids(['b9@marketplace.amazon.de'], [order(9)])).toEqual(['e-9']);
    await writeEntries([entry(7, { proxyEmails: [], orderIds: ['114-0000000-0000007'] })]);
    expect(await ids(['b7@marketplace.amazon.de'], [order(7)])).toEqual([]);
    expect(await ids([], ['114-0000000-0000007'])).toEqual(['e-7']);
    // An entry in the same chunk keeps being found.
    expect(await ids([], [order(8)])).toEqual(['e-8']);
  });

  it('removes an entry, drops a chunk it empties, and says when there was nothing to remove', async () => {
    await writeEntries(range(0, CHUNK_ENTRIES + 1));
    expect(await removeEntry(`e-${CHUNK_ENTRIES}`)).toBe(true);
    expect(await removeEntry('e-0')).toBe(true);
    expect(await removeEntry('e-0')).toBe(false);
    expect([await countEntries(), await db.watchlistChunks.count(), await readEntry('e-0')]).toEqual([CHUNK_ENTRIES - 1, 1, undefined]);
    expect(await readEntriesWithKeys(['b0@marketplace.amazon.de'], [order(CHUNK_ENTRIES)])).toEqual([]);
    // New entries go to a new chunk after the one removed, never reusing its id.
    await writeEntries([entry(9_999)]);
    expect((await db.watchlistChunks.toArray()).map((chunk) => chunk.id)).toEqual([1, 3]);
  });

  it('loses no entry when the directory names a chunk that is gone: the entry is stored anew', async () => {
    await writeEntries(range(0, 3));
    await db.watchlistChunks.clear();
    await writeEntries([entry(1, { notes: 'again' })]);
    expect(await readAllEntries()).toEqual([entry(1, { notes: 'again' })]);
  });

  it('writes nothing of a write whose transaction fails', async () => {
    await writeEntries(range(0, 2));
    const before = await db.meta.get(WATCHLIST_DIRECTORY_KEY);
    await expect(
      db.transaction('rw', [db.watchlistChunks, db.meta], async () => {
        await writeEntries(range(2, CHUNK_ENTRIES));
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    expect([await countEntries(), await db.meta.get(WATCHLIST_DIRECTORY_KEY)]).toEqual([2, before]);
  });
});
