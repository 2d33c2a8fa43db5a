import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SellerGuardError } from '../../../../utils/errors';
import { runRetryLoop } from '../../../../entrypoints/background/team/team-retry';
import { getTeamState, setTeamState } from '../../../../entrypoints/background/team/team-state';
import { teamStateFor } from '../../storage/team/team-test-state';

const down = () => new SellerGuardError('team-unreachable', 'no answer', { status: 0 });
const failing = () => new SellerGuardError('team-server-error', 'database down', { status: 503 });
const revoked = () => new SellerGuardError('team-revoked', 'revoked', { status: 401 });

/** Runs the loop over `rounds` (an error to throw, or null for a round that works) and ends it by leaving the team. */
async function run(rounds: (Error | null)[], maxBackoffMs = 4_000) {
  const waits: number[] = [];
  const seen: { online: boolean; problem: string | null }[] = [];
  let round = 0;
  await runRetryLoop({
    step: async (state) => {
      seen.push({ online: state.online, problem: state.problem });
      const next = rounds[round++];
      if (next === undefined) return setTeamState(null);
      if (next) throw next;
    },
    maxBackoffMs,
    wait: async (ms) => {
      waits.push(ms);
    },
  });
  return { waits, seen, rounds: round };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await setTeamState(teamStateFor('agent'));
});

describe('the retry loop both sync directions share', () => {
  it.each([
    { name: 'waits 1 s doubling to the most after failures in a row', rounds: [down(), down(), down(), down()], waits: [1_000, 2_000, 4_000, 4_000] },
    { name: 'starts again from 1 s after a round that worked', rounds: [down(), down(), null, down()], waits: [1_000, 2_000, 1_000] },
    { name: 'does not wait between rounds that work', rounds: [null, null], waits: [] },
  ])('$name', async ({ rounds, waits }) => {
    expect((await run(rounds)).waits).toEqual(waits);
  });

  it('records the problem of each failure: offline while the server is unreachable or failing (a round that works clears it itself)', async () => {
    const { seen } = await run([down(), failing(), null]);
    expect(seen.map((s) => [s.online, s.problem])).toEqual([
      [true, null],
      [false, 'unreachable'],
      [false, 'server-error'],
      [false, 'server-error'],
    ]);
  });

  it('stops for good on a revoked token, and the state says why', async () => {
    const { rounds, waits } = await run([down(), revoked(), null]);
    expect(rounds).toBe(2);
    expect(waits).toEqual([1_000]);
    expect(await getTeamState()).toMatchObject({ problem: 'token-revoked', online: true });
  });

  it('does nothing when not joined', async () => {
    await setTeamState(null);
    expect((await run([null])).rounds).toBe(0);
  });
});
