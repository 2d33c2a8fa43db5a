import { beforeEach, describe, expect, it } from 'vitest';
import { registerWatchlist } from '../../../../entrypoints/background/watchlist/register-watchlist';
import { db } from '../../../../storage/db';
import type { TeamRole } from '../../../../rules/team/protocol';
import { removeAllListeners, sendMessage } from '../../../../utils/messaging';
import { joinAs } from '../../storage/team/team-test-state';
import { freshDatabase, fraudster } from '../../storage/watchlist/watchlist-helpers';
import { countEntries } from '../../../../storage/watchlist/watchlist-records';

beforeEach(async () => {
  removeAllListeners();
  await freshDatabase();
  registerWatchlist();
});

describe('what a page may change', () => {
  it.each<[string, TeamRole | null, boolean]>([
    ['alone', null, true],
    ['a team agent', 'agent', true],
    ['a team lead', 'lead', true],
    ['a team admin', 'admin', true],
    ['a team auditor', 'auditor', false],
  ])('%s may add from the page: %s', async (_, role, mayAdd) => {
    if (role) await joinAs(role);
    expect(await sendMessage('watchlistAccess', {})).toEqual({ ok: true, value: { mayAdd } });
  });

  it("refuses an auditor's add in the background (a page could still ask) and stores nothing", async () => {
    await joinAs('auditor');
    const answer = await sendMessage('addToWatchlist', fraudster);
    expect(answer).toMatchObject({ ok: false, error: { code: 'permission', message: expect.stringContaining('auditor') } });
    expect(await countEntries()).toBe(0);
    expect(await db.teamOutbox.count()).toBe(0);
  });

  it('refuses a malformed question', async () => {
    expect(await sendMessage('watchlistAccess', { role: 'lead' } as never)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
