import { problemOf } from './team-join';
import { getTeamState, patchTeamState, type TeamState } from './team-state';

/** The first wait after a failure; each failure in a row doubles it, up to the loop's most. */
export const FIRST_BACKOFF_MS = 1_000;

export interface RetryLoop {
  /** One round of work for the joined team; a throw is a failure to back off from. */
  step: (state: TeamState) => Promise<void>;
  /** The longest wait between two failed rounds. */
  maxBackoffMs: number;
  /** How to wait (the push loop's wait ends early when a change is queued). */
  wait?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The retry loop both sync directions run (team-pull.ts, team-push.ts): `step` again and
 * again while this install is joined; after a failure the problem is recorded (offline when
 * the server is unreachable or failing) and the loop waits, 1 s doubling to `maxBackoffMs`;
 * a revoked token or leaving the team ends it.
 */
export async function runRetryLoop({ step, maxBackoffMs, wait = sleep }: RetryLoop): Promise<void> {
  let backoff = FIRST_BACKOFF_MS;
  for (;;) {
    const state = await getTeamState();
    if (!state || state.problem === 'token-revoked') return;
    try {
      await step(state);
      backoff = FIRST_BACKOFF_MS;
    } catch (error) {
      const problem = problemOf(error);
      await patchTeamState({ online: problem !== 'unreachable' && problem !== 'server-error', problem });
      if (problem === 'token-revoked') return;
      await wait(backoff);
      backoff = Math.min(backoff * 2, maxBackoffMs);
    }
  }
}
