import { z } from 'zod';
import { getCachedTeamPolicy } from '../../../storage/team/team-policy-cache';
import { refreshTeamPolicy } from './team-policy';

/**
 * The policy signal carried by the live pull: the pull names the policy version this install
 * holds (`policy=N`), the server answers with the current one (`policyVersion`) and ends a
 * waiting pull as soon as a lead saves a new one, so a policy change reaches agents as fast
 * as a watchlist change, not only on the half-minute alarm. A server that does not know the
 * signal ignores the parameter and answers without the field: nothing changes then.
 */

/** The field the pull answer's envelope must keep (extend its schema with it, or the signal is dropped). */
export const POLICY_SIGNAL = { policyVersion: z.number().int().nonnegative().optional() };

/**
 * The version of the cached policy of `workspace`; 0 when none is cached yet (just joined, the
 * first fetch still under way or failed), so the server's first answer already says whether
 * there is a policy to fetch.
 */
export async function heldPolicyVersion(workspace: string): Promise<number> {
  const cached = await getCachedTeamPolicy();
  return cached?.workspaceId === workspace ? cached.version : 0;
}

/** `&policy=N` for the pull's query. */
export function policyQuery(held: number): string {
  return `&policy=${held}`;
}

/** Fetch the policy when the server named another version than the one held; throws when it cannot (the pull then backs off). */
export async function followPolicySignal(held: number, answered: number | undefined): Promise<boolean> {
  if (answered === undefined || answered === held) return false;
  await refreshTeamPolicy();
  return true;
}
