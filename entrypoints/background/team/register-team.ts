import { browser } from '#imports';
import { z } from 'zod';
import { handle } from '../handle';
import { checkTeam, joinTeam, leaveTeam } from './team-join';
import { startLiveSync } from './team-pull';
import { getTeamState, type TeamState } from './team-state';
import { emptySchema } from '../../../utils/protocol';
import type { TeamStatus } from '../../../utils/team-protocol';

const TEAM_ALARM = 'team-check';

const joinSchema = z.object({
  serverUrl: z.string().max(2048),
  inviteCode: z.string().max(200),
});

/** What Options shows about the connection: everything but the token. */
export function statusOf(state: TeamState | null): TeamStatus | null {
  if (!state) return null;
  return {
    serverUrl: state.origin,
    memberName: state.member.name,
    role: state.member.role,
    workspaceName: state.workspace.name,
    online: state.online,
    lastSyncAt: state.lastSyncAt,
    problem: state.problem,
  };
}

/** Team workspace messages (Options → background) and the periodic connection check. */
export function registerTeam(): void {
  handle('teamJoin', joinSchema, async ({ serverUrl, inviteCode }) => {
    const outcome = await joinTeam(serverUrl, inviteCode);
    if (!outcome.joined) return outcome;
    void startLiveSync();
    return { joined: true, status: statusOf(await getTeamState()) };
  });
  handle('teamLeave', emptySchema, async () => {
    await leaveTeam();
    return null;
  });
  handle('teamStatus', z.object({ refresh: z.boolean() }).strict(), async ({ refresh }) =>
    statusOf(refresh ? await checkTeam() : await getTeamState()),
  );
  void browser.alarms.create(TEAM_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_ALARM) void checkTeam().then(() => startLiveSync());
  });
  // Each time the service worker starts (browser start, or woken after sleeping).
  void startLiveSync();
}
