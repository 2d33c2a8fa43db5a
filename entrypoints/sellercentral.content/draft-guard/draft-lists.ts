import { draftListsWithTeam, type DraftLists } from '../../../rules/team/policy-union';
import { getSettings, watchSettings, type Settings } from '../../../storage/settings';
import { getCachedTeamPolicy, watchCachedTeamPolicy, type CachedTeamPolicy } from '../../../storage/team/team-policy-cache';

/**
 * The allowed domains and blocked terms drafts are checked against: the agent's own
 * (Options → Settings) with the joined team's policy added, both followed live. `onChange`
 * runs after either changes; the returned getter always answers the current union.
 */
export async function followDraftLists(signal: AbortSignal, onChange: () => void): Promise<() => DraftLists> {
  let settings: Settings = await getSettings();
  let team: CachedTeamPolicy | null = await getCachedTeamPolicy();
  let lists = draftListsWithTeam(settings, team?.policy ?? null);
  const update = () => {
    lists = draftListsWithTeam(settings, team?.policy ?? null);
    onChange();
  };
  const unwatchSettings = watchSettings((next) => {
    settings = next;
    update();
  });
  const unwatchTeam = watchCachedTeamPolicy((next) => {
    team = next;
    update();
  });
  const stop = () => {
    unwatchSettings();
    unwatchTeam();
  };
  if (signal.aborted) stop();
  else signal.addEventListener('abort', stop);
  return () => lists;
}
