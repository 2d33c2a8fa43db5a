import { browser } from '#imports';
import { handle } from '../handle';
import { emptySchema } from '../../../utils/protocol';
import { teamDueQuerySchema, teamPolicySaveSchema, teamResolveSchema, teamReviewActionSchema, teamTrailQuerySchema } from '../../../utils/team-lead-protocol';
import { clearCachedTeamPolicy } from '../../../storage/team/team-policy-cache';
import { applyReviewAction, resolveTeamConflict, teamConflicts, teamDueList } from './team-lead-review';
import { teamTrailCsv, teamTrailPage } from './team-lead-trail';
import { refreshTeamPolicy, saveTeamPolicy, viewTeamPolicy } from './team-policy';

const POLICY_ALARM = 'team-policy';
/** Chrome's shortest alarm period: a lead's policy change reaches agents within about this. */
const POLICY_PERIOD_MINUTES = 0.5;

const refresh = () => void refreshTeamPolicy().catch(() => undefined);

/**
 * The team policy (fetched on join, on worker start and every half minute; dropped on Leave)
 * and the messages of the policy and leads' screens in Options.
 */
export function registerTeamLead(): void {
  handle('teamPolicy', emptySchema, viewTeamPolicy);
  handle('teamPolicySave', teamPolicySaveSchema, ({ baseVersion, policy }) => saveTeamPolicy(baseVersion, policy));
  handle('teamDue', teamDueQuerySchema, teamDueList);
  handle('teamReview', teamReviewActionSchema, applyReviewAction);
  handle('teamConflicts', emptySchema, teamConflicts);
  handle('teamResolveConflict', teamResolveSchema, resolveTeamConflict);
  handle('teamTrail', teamTrailQuerySchema, teamTrailPage);
  handle('teamTrailCsv', teamTrailQuerySchema, teamTrailCsv);

  void browser.alarms.create(POLICY_ALARM, { periodInMinutes: POLICY_PERIOD_MINUTES });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === POLICY_ALARM) refresh();
  });
  // Joined (the team record appears or changes workspace) → fetch; left → forget the policy.
  browser.storage.onChanged.addListener((changes, area) => {
    const team = changes.team;
    if (area !== 'local' || !team) return;
    if (team.newValue === undefined || team.newValue === null) void clearCachedTeamPolicy();
    else if (workspaceOf(team.oldValue) !== workspaceOf(team.newValue)) refresh();
  });
  refresh();
}

function workspaceOf(value: unknown): string | undefined {
  return (value as { workspace?: { id?: string } } | null | undefined)?.workspace?.id;
}
