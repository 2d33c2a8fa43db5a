import { beforeEach, describe, expect, it } from 'vitest';
import type { TeamWatchlistEntry } from '../../../../rules/team/watchlist-protocol';
import { db } from '../../../../storage/db';
import { countOpenConflicts, storeTeamVersions } from '../../../../storage/team/team-outbox-settle';
import { applyTeamEntries } from '../../../../storage/team/team-watchlist-apply';
import { matchWatchlist } from '../../../../storage/watchlist/watchlist-match';
import { clearWatchlistEntry, countOverdue, editWatchlistEntry, listWatchlist } from '../../../../storage/watchlist/watchlist-store';
import { daysAfter, freshDatabase, T0 } from '../watchlist/watchlist-helpers';
import { serverEntry } from './team-server-entry';
import { joinAs } from './team-test-state';
import { readEntry } from '../../../../storage/watchlist/watchlist-records';

const pull = (entry: TeamWatchlistEntry) => applyTeamEntries('w-1', [entry], entry.seq);
const local = () => readEntry('e-1');

beforeEach(async () => {
  await freshDatabase();
  await joinAs('lead');
  await pull(serverEntry(1));
});

describe('applying a pulled page', () => {
  it('checks each entry once: stored normalised as a local entry, with its name keys; a bad one is left out alone', async () => {
    const page = [
      serverEntry(2, { id: 'e-2', proxyEmails: ['  Jo+Case@Marketplace.Amazon.DE '], buyerNames: ['Jo Fraud', 'Jo Fraud'] }),
      serverEntry(3, { id: 'e-3', orderIds: [], proxyEmails: [] }),
      { ...serverEntry(4, { id: 'e-4' }), fieldVersions: 'none' },
    ];
    expect(await applyTeamEntries('w-1', page, 4)).toEqual({ applied: 1, refused: 2 });
    expect(await readEntry('e-2')).toMatchObject({ proxyEmails: ['jo@marketplace.amazon.de'], buyerNames: ['Jo Fraud'], nameKeys: ['jo fraud'] });
    expect(await readEntry('e-3')).toBeUndefined();
    // The versions of an entry the local rules refuse are still the team's (an edit's base).
    expect((await db.teamEntries.toArray()).map((v) => v.id).sort()).toEqual(['e-1', 'e-2', 'e-3']);
  });
});

describe('a first sync of many entries', () => {
  it('leaves every pulled entry matchable by its order id, listed by status and counted when due; a cleared one is listed but never matched', async () => {
    const order = (i: number) => `113-${String(1_000_000 + i).slice(-7)}-0000001`;
    const clearing = { by: 'Lee Lead', at: T0.toISOString(), why: 'paid in the end' };
    const page = Array.from({ length: 150 }, (_, i) =>
      serverEntry(10 + i, {
        id: `t-${i}`,
        orderIds: [order(i)],
        buyerNames: [`Buyer ${i}`],
        reviewDue: daysAfter(T0, i % 2 ? 200 : 30).toISOString(),
        ...(i === 7 ? { status: 'cleared' as const, cleared: clearing } : {}),
      }),
    );
    expect(await applyTeamEntries('w-1', page, 159)).toEqual({ applied: 150, refused: 0 });
    const matched = await matchWatchlist({ orderIds: [order(0), order(149), order(7)] });
    expect(matched.map((match) => match.entry.id).sort()).toEqual(['t-0', 't-149']);
    expect((await listWatchlist({ status: 'active' })).length).toBe(150); // 149 pulled and e-1
    expect((await listWatchlist({ status: 'cleared' })).map((entry) => entry.id)).toEqual(['t-7']);
    // Due after 30 days: the 75 even-numbered ones (all active: t-7 is odd); e-1 only after 90.
    expect(await countOverdue(daysAfter(T0, 60))).toBe(75);
    expect(await countOverdue(daysAfter(T0, 100))).toBe(76);
  });
});

describe('the versions kept of each team entry (the base of the next edit)', () => {
  it('keeps a newer version a push answer stored over an older one a later page brings', async () => {
    await db.transaction('rw', [db.teamEntries, db.teamVersionPages, db.meta], () => storeTeamVersions('w-1', [serverEntry(9, {}, { notes: 9 })]));
    await applyTeamEntries('w-1', [serverEntry(5, {}, { notes: 5 }), serverEntry(6, { id: 'e-2' })], 6);
    expect(await db.teamEntries.get('e-1')).toMatchObject({ seq: 9, fieldVersions: { notes: 9 } });
    expect(await db.teamEntries.get('e-2')).toMatchObject({ seq: 6 });
    // Pages newer than anything stored replace without reading, and conflicts are counted from them.
    await applyTeamEntries('w-1', [serverEntry(10, { openConflicts: 2 }), serverEntry(11, { id: 'e-2', openConflicts: 1 })], 11);
    expect(await db.teamEntries.get('e-1')).toMatchObject({ seq: 10, openConflicts: 2 });
    expect(await countOpenConflicts('w-1')).toBe(3);
    expect(await countOpenConflicts('w-2')).toBe(0);
  });

  it('counts only the conflicts still open: an entry whose conflicts a lead resolved leaves the count and the index', async () => {
    await applyTeamEntries('w-1', [serverEntry(2, { openConflicts: 2 }), serverEntry(3, { id: 'e-2', openConflicts: 1 })], 3);
    expect(await countOpenConflicts('w-1')).toBe(3);
    await applyTeamEntries('w-1', [serverEntry(4)], 4);
    expect(await countOpenConflicts('w-1')).toBe(1);
    // An entry with none is kept without the field, so the conflict index holds only entries with some.
    expect(await db.teamEntries.get('e-1')).toEqual({ id: 'e-1', workspace: 'w-1', seq: 4, fieldVersions: serverEntry(4).fieldVersions });
    expect(await db.teamEntries.where('[workspace+openConflicts]').between(['w-1', 0], ['w-1', Infinity]).primaryKeys()).toEqual(['e-2']);
  });
});

describe('a pull while this install has unsent changes to the entry', () => {
  it('keeps showing the unsent edit, merged with what another member changed meanwhile', async () => {
    await editWatchlistEntry('e-1', { notes: 'Third claim this month' }, daysAfter(T0, 1));
    await pull(serverEntry(2, { severity: 'medium', updatedAt: daysAfter(T0, 1).toISOString() }, { severity: 2 }));
    expect(await local()).toMatchObject({ notes: 'Third claim this month', severity: 'medium' });
    // What the server holds is kept as the base of the edit, not the shown merge.
    expect(await db.teamEntries.get('e-1')).toMatchObject({ seq: 2, fieldVersions: { notes: 1, severity: 2 } });
    expect(await db.teamOutbox.count()).toBe(1);
  });

  it('shows the team value of a field another member changed first, as the server will keep it (a conflict for a lead)', async () => {
    await editWatchlistEntry('e-1', { notes: 'Mine', severity: 'watch' }, daysAfter(T0, 1));
    await pull(serverEntry(2, { notes: 'Theirs' }, { notes: 2 }));
    expect(await local()).toMatchObject({ notes: 'Theirs', severity: 'watch' });
  });

  it('keeps an unsent clear: the entry stays cleared, with the other member change applied', async () => {
    await clearWatchlistEntry('e-1', 'Paid in full', daysAfter(T0, 1));
    await pull(serverEntry(2, { buyerNames: ['Jo Fraud', 'J. Fraud'] }, { buyerNames: 2 }));
    expect(await local()).toMatchObject({ status: 'cleared', cleared: { why: 'Paid in full' }, buyerNames: ['Jo Fraud', 'J. Fraud'] });
  });

  it('takes the server version as it is once nothing waits for the entry', async () => {
    await editWatchlistEntry('e-1', { notes: 'Third claim this month' }, daysAfter(T0, 1));
    await db.teamOutbox.clear();
    await pull(serverEntry(3, { notes: 'Settled by a lead' }, { notes: 3 }));
    expect(await local()).toMatchObject({ notes: 'Settled by a lead' });
  });
});
