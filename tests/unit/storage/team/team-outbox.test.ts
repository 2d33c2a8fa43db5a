import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../storage/db';
import { countWaiting } from '../../../../storage/team/team-outbox';
import { applyWatchlistImport, previewWatchlistImport } from '../../../../storage/watchlist/watchlist-import';
import { exportWatchlist } from '../../../../storage/watchlist/watchlist-export';
import {
  addWatchlistEntry,
  clearWatchlistEntry,
  deleteWatchlistEntry,
  editWatchlistEntry,
  reviewWatchlistEntry,
} from '../../../../storage/watchlist/watchlist-store';
import { canceller, daysAfter, freshDatabase, fraudster, T0 } from '../watchlist/watchlist-helpers';
import { joinAs } from './team-test-state';

const queued = async () => (await db.teamOutbox.orderBy('seq').toArray()).map((r) => r.change);

beforeEach(() => freshDatabase());

describe('the team outbox', () => {
  it('queues nothing while not joined', async () => {
    await addWatchlistEntry(fraudster, T0);
    expect(await db.teamOutbox.count()).toBe(0);
  });

  it('queues an add with the entry fields, in the transaction of the local change', async () => {
    await joinAs();
    const { entry } = await addWatchlistEntry(fraudster, T0);
    const [change] = await queued();
    expect(change).toMatchObject({ op: 'add', entryId: entry.id, at: T0.toISOString(), entry: { orderIds: entry.orderIds, proxyEmails: entry.proxyEmails, reason: 'false-claim' } });
    expect(change!.changeId).toMatch(/^chg-/);
    expect(await countWaiting('w-1')).toBe(1);
  });

  it('folds an edit of an unsent add into the add, and a review of it away', async () => {
    await joinAs();
    const { entry } = await addWatchlistEntry(fraudster, T0);
    await editWatchlistEntry(entry.id, { notes: 'Third claim this month' }, daysAfter(T0, 1));
    await reviewWatchlistEntry(entry.id, '', daysAfter(T0, 2));
    const changes = await queued();
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ op: 'add', entry: { notes: 'Third claim this month' } });
  });

  it('edits of a sent entry carry the field versions the team last sent, and join while unsent', async () => {
    await joinAs();
    const { entry } = await addWatchlistEntry(fraudster, T0);
    await db.teamOutbox.clear();
    await db.teamEntries.put({ id: entry.id, workspace: 'w-1', seq: 7, fieldVersions: { notes: 5, severity: 7 }, openConflicts: 0 });
    await editWatchlistEntry(entry.id, { notes: 'Changed' }, daysAfter(T0, 1));
    await editWatchlistEntry(entry.id, { severity: 'watch' }, daysAfter(T0, 1));
    expect(await queued()).toEqual([expect.objectContaining({ op: 'edit', set: { notes: 'Changed', severity: 'watch' }, base: { notes: 5, severity: 7 } })]);
  });

  it('queues review, clear, and a delete as a clear (the team keeps its history)', async () => {
    await joinAs();
    const first = (await addWatchlistEntry(fraudster, T0)).entry;
    const second = (await addWatchlistEntry(canceller, T0)).entry;
    await db.teamOutbox.clear();
    await reviewWatchlistEntry(first.id, 'still holds', daysAfter(T0, 3));
    await clearWatchlistEntry(first.id, 'Paid in full', daysAfter(T0, 4));
    await deleteWatchlistEntry(second.id, daysAfter(T0, 4));
    expect((await queued()).map((c) => [c.op, c.entryId])).toEqual([
      ['review', first.id],
      ['clear', first.id],
      ['clear', second.id],
    ]);
    expect((await queued())[1]).toMatchObject({ why: 'Paid in full' });
  });

  it('queues each imported entry as an add', async () => {
    await addWatchlistEntry(fraudster, T0);
    await addWatchlistEntry(canceller, T0);
    const { text: csv } = await exportWatchlist('json');
    await freshDatabase();
    await joinAs();
    await applyWatchlistImport(await previewWatchlistImport(csv, T0), T0);
    expect((await queued()).map((c) => c.op)).toEqual(['add', 'add']);
  });

  it('keeps nothing when the local change fails', async () => {
    await joinAs();
    const { entry } = await addWatchlistEntry(fraudster, T0);
    await db.teamOutbox.clear();
    await expect(clearWatchlistEntry(entry.id, '   ', T0)).rejects.toThrow();
    expect(await db.teamOutbox.count()).toBe(0);
  });
});
