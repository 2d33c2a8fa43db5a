import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../storage/db';
import { queueLeadChange } from '../../../../storage/team/team-outbox-lead';
import { waitingTeamChanges } from '../../../../storage/team/team-outbox-list';
import { settleOutbox } from '../../../../storage/team/team-outbox-settle';
import { addWatchlistEntry, clearWatchlistEntry, editWatchlistEntry } from '../../../../storage/watchlist/watchlist-store';
import { freshDatabase, fraudster, T0 } from '../watchlist/watchlist-helpers';
import { joinAs } from './team-test-state';

beforeEach(() => freshDatabase());

/** An entry on the team list (already sent: nothing of it waits). */
async function sentEntry(): Promise<string> {
  await joinAs('lead');
  const { entry } = await addWatchlistEntry(fraudster, T0);
  await db.teamOutbox.clear();
  return entry.id;
}

const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe('the team changes waiting to be sent, as Options lists them', () => {
  it("lists a lead's actions oldest first, each with its kind, its buyer, what it does and since when", async () => {
    const entryId = await sentEntry();
    await queueLeadChange('w-1', { changeId: 'lead-1', entryId, at: at(1).toISOString(), op: 'review', note: '' }, at(1));
    await queueLeadChange('w-1', { changeId: 'lead-2', entryId, at: at(2).toISOString(), op: 'extend', note: 'refund pending', until: '2026-03-01T12:00:00.000Z' }, at(2));
    await queueLeadChange('w-1', { changeId: 'lead-3', entryId, at: at(3).toISOString(), op: 'clear', why: 'claim withdrawn' }, at(3));
    await queueLeadChange('w-1', { changeId: 'lead-4', entryId, at: at(4).toISOString(), op: 'edit', set: { notes: 'x', severity: 'watch' }, base: { notes: 1, severity: 1 }, note: '' }, at(4));
    const { waiting, total } = await waitingTeamChanges('w-1');
    expect(total).toBe(4);
    expect(waiting.map(({ seq: _s, ...rest }) => rest)).toEqual([
      { op: 'review', entryId, buyer: 'Jürgen Müller', queuedAt: at(1).toISOString(), note: '' },
      { op: 'extend', entryId, buyer: 'Jürgen Müller', queuedAt: at(2).toISOString(), until: '2026-03-01T12:00:00.000Z', note: 'refund pending' },
      { op: 'clear', entryId, buyer: 'Jürgen Müller', queuedAt: at(3).toISOString(), note: 'claim withdrawn' },
      { op: 'edit', entryId, buyer: 'Jürgen Müller', queuedAt: at(4).toISOString(), fields: ['notes', 'severity'] },
    ]);
  });

  it('names a new buyer from the add itself, and keeps other workspaces out', async () => {
    await joinAs('lead');
    await addWatchlistEntry(fraudster, T0);
    await queueLeadChange('w-other', { changeId: 'lead-9', entryId: 'ent-elsewhere', at: T0.toISOString(), op: 'review', note: '' });
    const { waiting, total } = await waitingTeamChanges('w-1');
    expect(total).toBe(1);
    expect(waiting).toEqual([expect.objectContaining({ op: 'add', buyer: 'Jürgen Müller' })]);
  });

  it('lists the oldest ones up to the limit and counts the rest; a sent change leaves the list', async () => {
    const entryId = await sentEntry();
    for (let i = 0; i < 5; i++) await queueLeadChange('w-1', { changeId: `lead-${i}`, entryId, at: at(i).toISOString(), op: 'review', note: `n${i}` }, at(i));
    const first = await waitingTeamChanges('w-1', 3);
    expect(first.total).toBe(5);
    expect(first.waiting.map((c) => c.note)).toEqual(['n0', 'n1', 'n2']);
    const sent = (await db.teamOutbox.orderBy('seq').toArray()).slice(0, 2);
    await settleOutbox('w-1', sent, sent.map((r) => ({ changeId: r.change.changeId, status: 'applied' as const, entry: null, conflicts: [] })));
    const after = await waitingTeamChanges('w-1', 3);
    expect(after.total).toBe(3);
    expect(after.waiting.map((c) => c.note)).toEqual(['n2', 'n3', 'n4']);
  });

  it("lists a lead's edit and clearing made in Options → Watchlist, named by the buyer", async () => {
    const entryId = await sentEntry();
    await editWatchlistEntry(entryId, { notes: 'Third claim this month' }, at(1));
    await clearWatchlistEntry(entryId, 'Refund dispute settled', at(2));
    const { waiting } = await waitingTeamChanges('w-1');
    expect(waiting.map(({ op, buyer, fields, note }) => ({ op, buyer, fields, note }))).toEqual([
      { op: 'edit', buyer: 'Jürgen Müller', fields: ['notes'], note: undefined },
      { op: 'clear', buyer: 'Jürgen Müller', fields: undefined, note: 'Refund dispute settled' },
    ]);
  });

  it('says when it does not know the buyer', async () => {
    await queueLeadChange('w-1', { changeId: 'lead-1', entryId: 'ent-unknown', at: T0.toISOString(), op: 'review', note: '' });
    expect((await waitingTeamChanges('w-1')).waiting[0]?.buyer).toBeNull();
  });
});
