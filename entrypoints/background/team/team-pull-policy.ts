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

/** The version of the cached policy of `workspace`, or undefined when none is cached (nothing to compare). */
export async function heldPolicyVersion(workspace: string): Promise<number | undefined> {
  const cached = await getCachedTeamPolicy();
  return cached?.workspaceId === workspace ? cached.version : undefined;
}

/** `&policy=N` for the pull's query, or nothing. */
export function policyQuery(held: number | undefined): string {
  return held === undefined ? '' : `&policy=${held}`;
}

/** Fetch the policy when the server named another version than the one held; throws when it cannot (the pull then backs off). */
export async function followPolicySignal(held: number | undefined, answered: number | undefined): Promise<boolean> {
  if (held === undefined || answered === undefined || answered === held) return false;
  await refreshTeamPolicy();
  return true;
}
