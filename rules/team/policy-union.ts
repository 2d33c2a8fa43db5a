import type { TeamPolicy } from './policy-protocol';

/** The lists the draft guard checks: the agent's own and the team's. */
export interface DraftLists {
  allowedDomains: string[];
  blockedTerms: string[];
}

/** `a` then the items of `b` not already in it (compared case-insensitively), in order. */
function union(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const item of [...a, ...b]) {
    const key = item.trim().toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(item.trim());
  }
  return out;
}

/**
 * The agent's own allowed domains and blocked terms with the team policy's added (team ∪
 * local): a team term blocks even if the agent never listed it, and an agent's own additions
 * stay in force. Without a team policy the agent's lists are used as they are.
 */
export function draftListsWithTeam(local: DraftLists, team: Pick<TeamPolicy, 'allowedLinkDomains' | 'blockedTerms'> | null): DraftLists {
  if (!team) return { allowedDomains: [...local.allowedDomains], blockedTerms: [...local.blockedTerms] };
  return {
    allowedDomains: union(local.allowedDomains, team.allowedLinkDomains),
    blockedTerms: union(local.blockedTerms, team.blockedTerms),
  };
}
