import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TeamWatchlistEntry } from '../../../../rules/team/watchlist-protocol';
import { db } from '../../../../storage/db';
import { countOpenConflicts, storeTeamVersions } from '../../../../storage/team/team-outbox-settle';
import { knownVersions, VERSION_PAGE_MIN } from '../../../../storage/team/team-version-pages';
import { applyTeamEntries, teamCursor } from '../../../../storage/team/team-watchlist-apply';
import * as watchlistMatch from '../../../../storage/watchlist/watchlist-match';
import { editWatchlistEntry } from '../../../../storage/watchlist/watchlist-store';
import { daysAfter, freshDatabase, T0 } from '../watchlist/watchlist-helpers';
import { serverEntry } from './team-server-entry';
import { joinAs } from './team-test-state';
import { countEntries } from '../../../../storage/watchlist/watchlist-records';

/** A first sync's page: entries `e-<from>`… at sequences from…, each with its own order id and notes version. */
function firstSyncPage(from: number, count = VERSION_PAGE_MIN, fields: (seq: number) => Partial<TeamWatchlistEntry> = () => ({})): TeamWatchlistEntry[] {
  return Array.from({ length: count }, (_, k) => {
    const seq = from + k;
    const order = `302-${String(1_000_000 + seq).slice(-7)}-7654321`;
    return serverEntry(seq, { id: `e-${seq}`, orderIds: [order], ...fields(seq) }, { notes: seq });
  });
}

const lastSeq = (page: readonly TeamWatchlistEntry[]) => page.at(-1)!.seq;
const pullPage = (page: readonly TeamWatchlistEntry[], workspace = 'w-1') => applyTeamEntries(workspace, page, lastSeq(page));
const queuedBases = async () => (await db.teamOutbox.orderBy('seq').toArray()).map((r) => (r.change.op === 'edit' ? r.change.base : null));
const versionsOf = async (id: string, workspace = 'w-1') => (await db.transaction('r', [db.teamEntries, db.teamVersionPages], () => knownVersions(workspace, [id]))).get(id);

beforeEach(async () => {
  await freshDatabase();
  await joinAs('lead');
});

describe('a first sync keeps the server versions a page at a time', () => {
  it('writes one record per page, none per entry, and every entry is still in the watchlist', async () => {
    await pullPage(firstSyncPage(1));
    await pullPage(firstSyncPage(1 + VERSION_PAGE_MIN));
    expect(await db.teamVersionPages.count()).toBe(2);
    expect(await db.teamEntries.count()).toBe(0);
    expect(await countEntries()).toBe(2 * VERSION_PAGE_MIN);
    expect(await versionsOf(`e-${VERSION_PAGE_MIN + 7}`)).toMatchObject({ seq: VERSION_PAGE_MIN + 7, fieldVersions: { notes: VERSION_PAGE_MIN + 7, severity: 1 } });
  });

  it('keeps small pages (the live pull) per entry, so page records do not pile up one per change', async () => {
    await pullPage(firstSyncPage(1, VERSION_PAGE_MIN - 1));
    expect([await db.teamVersionPages.count(), await db.teamEntries.count()]).toEqual([0, VERSION_PAGE_MIN - 1]);
  });

  it('gives an edit of a first-synced entry the base the page held, and a later version the newer base', async () => {
    await pullPage(firstSyncPage(1));
    await editWatchlistEntry('e-5', { notes: 'Third claim this month' }, daysAfter(T0, 1));
    // Another member changed e-6 after the first sync: a small page, kept per entry.
    await pullPage([serverEntry(500, { id: 'e-6', orderIds: ['302-0000006-7654321'] }, { notes: 6, severity: 500 })]);
    await editWatchlistEntry('e-6', { severity: 'watch' }, daysAfter(T0, 1));
    expect(await queuedBases()).toEqual([{ notes: 5 }, { severity: 500 }]);
  });

  it('keeps a newer version a push answer stored over the page a re-pull brings again, and stores nothing twice', async () => {
    const page = firstSyncPage(1);
    await pullPage(page);
    await db.transaction('rw', [db.teamEntries, db.teamVersionPages, db.meta], () =>
      storeTeamVersions('w-1', [serverEntry(900, { id: 'e-3' }, { notes: 900 })]),
    );
    // The same page again (a pull the server answered twice, or a second tab): no new record of any kind.
    await pullPage(page);
    expect([await db.teamVersionPages.count(), await db.teamEntries.count()]).toEqual([1, 1]);
    expect(await versionsOf('e-3')).toMatchObject({ seq: 900, fieldVersions: { notes: 900 } });
    expect(await versionsOf('e-4')).toMatchObject({ seq: 4, fieldVersions: { notes: 4 } });
  });

  it('takes a later page over an older per-entry version of the same entry', async () => {
    await pullPage([serverEntry(1, { id: 'e-1' }, { notes: 1 })]);
    await pullPage(firstSyncPage(2, VERSION_PAGE_MIN, () => ({})).map((entry, k) => (k === 0 ? { ...entry, id: 'e-1' } : entry)));
    expect(await versionsOf('e-1')).toMatchObject({ seq: 2, fieldVersions: { notes: 2 } });
    await editWatchlistEntry('e-1', { notes: 'Changed' }, daysAfter(T0, 1));
    expect(await queuedBases()).toEqual([{ notes: 2 }]);
  });
});

describe('open conflicts after a first sync', () => {
  it('counts the entries with conflicts (kept per entry) and drops them once a later page says they are resolved', async () => {
    await pullPage(firstSyncPage(1, VERSION_PAGE_MIN, (seq) => (seq === 3 ? { openConflicts: 2 } : seq === 8 ? { openConflicts: 1 } : {})));
    expect(await countOpenConflicts('w-1')).toBe(3);
    expect((await db.teamEntries.toArray()).map((v) => v.id).sort()).toEqual(['e-3', 'e-8']);
    // A catch-up page after a lead resolved e-3's conflicts: e-3 now lives in a page record.
    const resolved = firstSyncPage(1000).map((entry, k) => (k === 0 ? { ...entry, id: 'e-3' } : entry));
    await pullPage(resolved);
    expect(await countOpenConflicts('w-1')).toBe(1);
    expect(await countOpenConflicts('w-2')).toBe(0);
  });
});

describe('faults and another team', () => {
  it('a page that fails midway stores neither its versions nor the cursor, so it is pulled and stored again', async () => {
    const page = firstSyncPage(1);
    const failing = vi.spyOn(watchlistMatch, 'markWatchlistChanged').mockRejectedValueOnce(new Error('worker stopped'));
    await expect(pullPage(page)).rejects.toThrow('worker stopped');
    failing.mockRestore();
    expect([await db.teamVersionPages.count(), await countEntries(), await teamCursor('w-1')]).toEqual([0, 0, 0]);
    await pullPage(page);
    expect([await db.teamVersionPages.count(), await teamCursor('w-1')]).toEqual([1, lastSeq(page)]);
    expect(await versionsOf('e-9')).toMatchObject({ seq: 9 });
  });

  it('forgets the page records of a team this install left once it syncs another, and never reads them as its base', async () => {
    await pullPage(firstSyncPage(1));
    await joinAs('lead');
    await pullPage(firstSyncPage(1), 'w-2');
    expect((await db.teamVersionPages.toArray()).map((page) => page.workspace)).toEqual(['w-2']);
    expect(await versionsOf('e-5', 'w-1')).toBeUndefined();
    expect(await versionsOf('e-5', 'w-2')).toMatchObject({ seq: 5 });
  });
});
