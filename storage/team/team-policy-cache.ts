import { storage } from '#imports';
import { z } from 'zod';
import { policyResponseSchema, type PolicyResponse } from '../../rules/team/policy-protocol';

/**
 * The joined team's policy as last fetched, in `browser.storage.local` key `team-policy` so
 * the draft guard (a content script, no network, no IndexedDB) can add it to the agent's own
 * lists. Only the background writes it; Leave removes it.
 */
export const cachedTeamPolicySchema = policyResponseSchema.extend({
  workspaceId: z.string(),
  fetchedAt: z.string(),
});
export type CachedTeamPolicy = z.infer<typeof cachedTeamPolicySchema>;

const policyItem = storage.defineItem<unknown>('local:team-policy', { fallback: null });

const parse = (value: unknown): CachedTeamPolicy | null => {
  const parsed = cachedTeamPolicySchema.safeParse(value);
  return parsed.success ? parsed.data : null;
};

/** The cached team policy, or null (not joined, not fetched yet, or a damaged record). */
export async function getCachedTeamPolicy(): Promise<CachedTeamPolicy | null> {
  return parse(await policyItem.getValue());
}

export async function setCachedTeamPolicy(workspaceId: string, answer: PolicyResponse): Promise<void> {
  await policyItem.setValue(cachedTeamPolicySchema.parse({ ...answer, workspaceId, fetchedAt: new Date().toISOString() }));
}

export async function clearCachedTeamPolicy(): Promise<void> {
  await policyItem.removeValue();
}

/** Call `listener` with the new cached policy (or null) whenever the background replaces it. */
export function watchCachedTeamPolicy(listener: (policy: CachedTeamPolicy | null) => void): () => void {
  return policyItem.watch((value) => listener(parse(value)));
}
