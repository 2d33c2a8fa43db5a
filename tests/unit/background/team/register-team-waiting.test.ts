import { beforeEach, describe, expect, it } from 'vitest';
import { teamWaitingList } from '../../../../entrypoints/background/team/register-team-waiting';
import { setTeamState } from '../../../../entrypoints/background/team/team-state';
import { queueLeadChange } from '../../../../storage/team/team-outbox-lead';
import { settleOutbox } from '../../../../storage/team/team-outbox-settle';
import { db } from '../../../../storage/db';
import { freshDatabase } from '../../storage/watchlist/watchlist-helpers';
import { joinedState } from './lead-state';

beforeEach(() => freshDatabase());

describe("the background's answer to Options' waiting list", () => {
  it('is null when not joined', async () => {
    await setTeamState(null);
    expect(await teamWaitingList()).toBeNull();
  });

  it("lists the joined workspace's waiting changes and the refusals kept to show", async () => {
    await setTeamState(joinedState('lead'));
    const workspace = joinedState('lead').workspace.id;
    await queueLeadChange(workspace, { changeId: 'lead-1', entryId: 'ent-1', at: new Date().toISOString(), op: 'review', note: '' });
    await queueLeadChange(workspace, { changeId: 'lead-2', entryId: 'ent-2', at: new Date().toISOString(), op: 'clear', why: 'settled' });
    const [first] = await db.teamOutbox.orderBy('seq').toArray();
    await settleOutbox(workspace, [], [], [{ record: first!, code: 'server', message: 'entry not found' }]);
    const answer = await teamWaitingList();
    expect(answer?.total).toBe(1);
    expect(answer?.waiting).toEqual([expect.objectContaining({ op: 'clear', entryId: 'ent-2', note: 'settled' })]);
    expect(answer?.rejected).toEqual([expect.objectContaining({ entryId: 'ent-1', op: 'review', message: 'entry not found' })]);
  });
});
