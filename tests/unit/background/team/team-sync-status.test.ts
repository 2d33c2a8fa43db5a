import { beforeEach, describe, expect, it } from 'vitest';
import { teamSyncStatus } from '../../../../entrypoints/background/team/team-sync-status';
import { setTeamState } from '../../../../entrypoints/background/team/team-state';
import { queueLeadChange } from '../../../../storage/team/team-outbox-lead';
import { settleOutbox } from '../../../../storage/team/team-outbox-settle';
import { db } from '../../../../storage/db';
import { freshDatabase } from '../../storage/watchlist/watchlist-helpers';
import { joinedState } from './lead-state';

beforeEach(() => freshDatabase());

describe("the background's answer to Options' team status", () => {
  it('is null when not joined', async () => {
    await setTeamState(null);
    expect(await teamSyncStatus()).toBeNull();
  });

  it("lists the joined workspace's waiting changes, counts them, and keeps the refusals to show, in one answer", async () => {
    await setTeamState(joinedState('lead'));
    const workspace = joinedState('lead').workspace.id;
    await queueLeadChange(workspace, { changeId: 'lead-1', entryId: 'ent-1', at: new Date().toISOString(), op: 'review', note: '' });
    await queueLeadChange(workspace, { changeId: 'lead-2', entryId: 'ent-2', at: new Date().toISOString(), op: 'clear', why: 'settled' });
    const [first] = await db.teamOutbox.orderBy('seq').toArray();
    await settleOutbox(workspace, [], [], [{ record: first!, code: 'server', message: 'entry not found' }]);
    const answer = await teamSyncStatus();
    expect(answer?.outbox.total).toBe(1);
    expect(answer?.outbox.waiting).toEqual([expect.objectContaining({ op: 'clear', entryId: 'ent-2', note: 'settled' })]);
    expect(answer?.rejected).toEqual([expect.objectContaining({ entryId: 'ent-1', op: 'review', message: 'entry not found' })]);
    expect(answer).toMatchObject({ conflicts: 0, online: joinedState('lead').online, lastSyncAt: joinedState('lead').lastSyncAt });
  });

  it('lists the oldest 50 of a long queue and counts them all', async () => {
    await setTeamState(joinedState('lead'));
    const workspace = joinedState('lead').workspace.id;
    for (let i = 0; i < 53; i++) await queueLeadChange(workspace, { changeId: `lead-${i}`, entryId: `ent-${i}`, at: new Date().toISOString(), op: 'review', note: '' });
    const answer = await teamSyncStatus();
    expect(answer?.outbox.total).toBe(53);
    expect(answer?.outbox.waiting.map((change) => change.entryId)).toEqual(Array.from({ length: 50 }, (_, i) => `ent-${i}`));
  });
});
