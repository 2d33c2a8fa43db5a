import { countAttestWaiting } from '../../../storage/team/team-attest-outbox';
import { countAuditWaiting } from '../../../storage/team/team-audit-outbox';
import { waitingTeamChanges } from '../../../storage/team/team-outbox-list';
import { countOpenConflicts, rejectedChanges } from '../../../storage/team/team-outbox-settle';
import type { TeamSyncStatus } from '../../../utils/team-push-protocol';
import { getTeamState } from './team-state';

/**
 * What Options → Team workspace shows about sending, read fresh on each of its polls: the
 * changes waiting (the oldest listed), audit entries and attestations waiting, open conflicts,
 * the latest refusals and the connection. Null when not joined.
 */
export async function teamSyncStatus(): Promise<TeamSyncStatus | null> {
  const state = await getTeamState();
  if (!state) return null;
  const workspace = state.workspace.id;
  const auditor = state.member.role === 'auditor';
  return {
    outbox: await waitingTeamChanges(workspace),
    auditWaiting: auditor ? 0 : await countAuditWaiting(workspace, state.joinedAt),
    attestWaiting: auditor ? 0 : await countAttestWaiting(workspace),
    conflicts: await countOpenConflicts(workspace),
    rejected: await rejectedChanges(),
    lastSyncAt: state.lastSyncAt,
    online: state.online,
  };
}
