import type { RejectedTeamChange } from '../../../storage/team/team-outbox-schema';
import type { TeamWaitingList, WaitingTeamChange } from '../../../utils/team-waiting-protocol';

/** A change that left the waiting list between two reads: sent, or refused by the server (or the role). */
export interface SettledChange {
  change: WaitingTeamChange;
  outcome: 'sent' | 'refused';
}

const rejectionKey = (r: RejectedTeamChange) => `${r.at} ${r.entryId} ${r.op}`;

/**
 * What happened between two reads of the waiting list (pure). A change is gone when it is no
 * longer listed although a later one is (or the list is whole): the outbox only loses changes
 * by settling them. It was refused when a refusal of the same entry and kind appeared since
 * the last read; otherwise it was sent. Linear in the lists' lengths.
 */
export function settledBetween(before: TeamWaitingList | null, after: TeamWaitingList): SettledChange[] {
  if (!before) return [];
  const listed = new Set(after.waiting.map((change) => change.seq));
  const lastListed = after.waiting.at(-1)?.seq ?? 0;
  const whole = after.waiting.length === after.total;
  const known = new Set(before.rejected.map(rejectionKey));
  const fresh = after.rejected.filter((r) => !known.has(rejectionKey(r)));
  const settled: SettledChange[] = [];
  for (const change of before.waiting) {
    if (listed.has(change.seq) || (!whole && change.seq > lastListed)) continue;
    const index = fresh.findIndex((r) => r.entryId === change.entryId && r.op === change.op);
    if (index >= 0) fresh.splice(index, 1);
    settled.push({ change, outcome: index >= 0 ? 'refused' : 'sent' });
  }
  return settled;
}

/** Keep the latest `keep` announcements, newest last. */
export function latestSettled(kept: readonly SettledChange[], added: readonly SettledChange[], keep = 5): SettledChange[] {
  return [...kept, ...added].slice(-keep);
}
