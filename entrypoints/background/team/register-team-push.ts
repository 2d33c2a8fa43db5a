import { browser } from '#imports';
import { z } from 'zod';
import { countAttestWaiting } from '../../../storage/team/team-attest-outbox';
import { countAuditWaiting } from '../../../storage/team/team-audit-outbox';
import { countWaiting } from '../../../storage/team/team-outbox';
import { countOpenConflicts, dismissRejected, rejectedChanges } from '../../../storage/team/team-outbox-settle';
import { emptySchema } from '../../../utils/protocol';
import type { TeamSyncStatus } from '../../../utils/team-push-protocol';
import { handle } from '../handle';
import { checkAttestation } from './team-attest';
import { startPushLoop } from './team-push';
import { getTeamState } from './team-state';

const PUSH_ALARM = 'team-push';

/** What Options shows about sending, read fresh each time. */
async function syncStatus(): Promise<TeamSyncStatus | null> {
  const state = await getTeamState();
  if (!state) return null;
  const workspace = state.workspace.id;
  return {
    waiting: await countWaiting(workspace),
    auditWaiting: state.member.role === 'auditor' ? 0 : await countAuditWaiting(workspace, state.joinedAt),
    attestWaiting: state.member.role === 'auditor' ? 0 : await countAttestWaiting(workspace),
    conflicts: await countOpenConflicts(workspace),
    rejected: await rejectedChanges(),
    lastSyncAt: state.lastSyncAt,
    online: state.online,
  };
}

/** Team push messages, and the push loop: on worker start, on joining, and from a periodic alarm. */
export function registerTeamPush(): void {
  handle('teamSyncStatus', emptySchema, syncStatus);
  handle('teamDismissRejected', emptySchema, async () => {
    await dismissRejected();
    return null;
  });
  handle('teamVerifyHash', z.object({ sha256: z.string().max(200) }).strict(), ({ sha256 }) => checkAttestation(sha256));
  void browser.alarms.create(PUSH_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PUSH_ALARM) void startPushLoop();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.team?.newValue) void startPushLoop();
  });
  void startPushLoop();
}
