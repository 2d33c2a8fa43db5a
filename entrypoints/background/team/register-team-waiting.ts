import { waitingTeamChanges } from '../../../storage/team/team-outbox-list';
import { rejectedChanges } from '../../../storage/team/team-outbox-settle';
import { emptySchema } from '../../../utils/protocol';
import type { TeamWaitingList } from '../../../utils/team-waiting-protocol';
import { handle } from '../handle';
import { getTeamState } from './team-state';

/** Options → Team workspace: the changes of this install waiting for the team server, and the latest refusals. */
export async function teamWaitingList(): Promise<TeamWaitingList | null> {
  const state = await getTeamState();
  if (!state) return null;
  return { ...(await waitingTeamChanges(state.workspace.id)), rejected: await rejectedChanges() };
}

export function registerTeamWaiting(): void {
  handle('teamWaitingChanges', emptySchema, teamWaitingList);
}
