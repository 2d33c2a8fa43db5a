import { browser } from '#imports';
import { z } from 'zod';
import { dismissRejected } from '../../../storage/team/team-outbox-settle';
import { emptySchema } from '../../../utils/protocol';
import { handle } from '../handle';
import { checkAttestation } from './team-attest';
import { startPushLoop } from './team-push';
import { teamSyncStatus } from './team-sync-status';

const PUSH_ALARM = 'team-push';

/** Team push messages, and the push loop: on worker start, on joining, and from a periodic alarm. */
export function registerTeamPush(): void {
  handle('teamSyncStatus', emptySchema, teamSyncStatus);
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
