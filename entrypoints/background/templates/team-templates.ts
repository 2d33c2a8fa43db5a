import { policyResponseSchema } from '../../../rules/team/policy-protocol';
import { teamPickerTemplates, withPublishedTemplate } from '../../../rules/templates/team-templates';
import { getCachedTeamPolicy } from '../../../storage/team/team-policy-cache';
import { templateHistory } from '../../../storage/templates/template-store';
import { SellerGuardError } from '../../../utils/errors';
import type { PickerTemplate } from '../../../utils/templates-protocol';
import { EDITING_ROLES, joinedAs, leadFetch } from '../team/team-lead-request';
import { saveTeamPolicy } from '../team/team-policy';
import { getTeamState } from '../team/team-state';

/** The cached team policy's templates, when joined to the workspace it came from (none otherwise). */
export async function cachedTeamTemplates(): Promise<PickerTemplate[]> {
  const [state, cached] = await Promise.all([getTeamState(), getCachedTeamPolicy()]);
  if (!state || !cached || cached.workspaceId !== state.workspace.id) return [];
  return teamPickerTemplates(cached.policy, cached.version);
}

/**
 * A lead or admin publishes a local template's current version to the team policy
 * (`PUT /v1/policy` from the version just read). When a colleague saved in between (409) it
 * is applied once more on top of their policy, so neither edit is lost; the local template is
 * never changed. Answers the policy version that holds it.
 */
export async function publishTemplateToTeam(id: string): Promise<{ version: number }> {
  const [template] = await templateHistory(id);
  if (!template || template.archived) throw new SellerGuardError('not-found');
  const state = await joinedAs(EDITING_ROLES);
  let current = await leadFetch(state, '/v1/policy', policyResponseSchema);
  for (let attempt = 0; attempt < 2; attempt++) {
    const result = await saveTeamPolicy(current.version, withPublishedTemplate(current.policy, template));
    if (result.saved) return { version: result.current.version };
    current = result.current;
  }
  // Saved over twice by colleagues in the moment between: nothing was written; the lead tries again.
  throw new SellerGuardError('unavailable');
}
