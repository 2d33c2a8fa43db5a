import { TEAM_OUTBOX_CHANNEL } from '../../../storage/team/team-outbox';
import { pushAttestBatch } from './team-attest';
import { pushAuditBatch } from './team-audit-push';
import { pushOutboxBatch } from './team-outbox-push';
import { runRetryLoop } from './team-retry';
import { getTeamState, patchTeamState } from './team-state';

/**
 * The push direction of team sync: waiting watchlist changes, then audit entries, then
 * capture attestations, each in bounded requests, while this install is joined. Idle, it
 * waits for a queued change (a BroadcastChannel message from any extension page or the
 * background) or checks again every `IDLE_MS`; while the server is down it backs off (1 s
 * doubling to 15 s). One loop runs at a time.
 */

const IDLE_MS = 5_000;
const MAX_BACKOFF_MS = 15_000;

let wake: (() => void) | null = null;
let listening: BroadcastChannel | null = null;

function listen(): void {
  if (listening || typeof BroadcastChannel === 'undefined') return;
  listening = new BroadcastChannel(TEAM_OUTBOX_CHANNEL);
  listening.onmessage = () => wake?.();
}

/** Wait `ms`, or less when a change is queued. */
function idle(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      wake = null;
      resolve();
    }
    wake = done;
  });
}

/** Send the next batch of whatever waits; returns how many records were sent or settled. */
export async function pushOnce(): Promise<number> {
  const state = await getTeamState();
  if (!state || state.problem === 'token-revoked') return 0;
  let limit: number | undefined;
  for (;;) {
    try {
      const outbox = await pushOutboxBatch(state, limit);
      const moved = outbox.sent + outbox.rejected + (await pushAuditBatch(state)) + (await pushAttestBatch(state));
      if (moved) await patchTeamState({ online: true, problem: null, lastSyncAt: new Date().toISOString() });
      return moved;
    } catch (error) {
      // A whole request refused (4xx): send one change at a time to find the one the server refuses.
      const status = (error as { status?: number }).status ?? 0;
      if (limit === 1 || status < 400 || status >= 500 || status === 401 || status === 426) throw error;
      limit = 1;
    }
  }
}

let running: Promise<void> | null = null;

/** Start the push loop unless it runs (on worker start, after Join, from the alarm). */
export function startPushLoop(): Promise<void> {
  listen();
  running ??= pushLoop().finally(() => {
    running = null;
  });
  return running;
}

async function pushLoop(): Promise<void> {
  await runRetryLoop({
    step: async () => {
      if (!(await pushOnce())) await idle(IDLE_MS);
    },
    maxBackoffMs: MAX_BACKOFF_MS,
    wait: idle,
  });
}
