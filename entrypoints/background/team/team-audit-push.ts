import { auditPushResponseSchema } from '../../../rules/team/audit-protocol';
import { nextAuditBatch, storeAuditReceipts, toTeamEvent } from '../../../storage/team/team-audit-outbox';
import { teamFetch } from './team-client';
import type { TeamState } from './team-state';

/**
 * Send the next local audit entries made since joining to the team's trail
 * (`POST /v1/audit/events`) and keep each receipt with its entry. Auditors change nothing,
 * so they send nothing. Returns how many entries were sent; throws on a failed request (the
 * entries stay unsent and the same eventIds go again later).
 */
export async function pushAuditBatch(state: TeamState): Promise<number> {
  if (state.member.role === 'auditor') return 0;
  const batch = await nextAuditBatch(state.workspace.id, state.joinedAt);
  if (!batch.length) return 0;
  const answer = await teamFetch(state.origin, '/v1/audit/events', auditPushResponseSchema, {
    method: 'POST',
    token: state.token,
    body: { events: batch.map(toTeamEvent) },
  });
  await storeAuditReceipts(state.workspace.id, batch, answer.receipts);
  return batch.length;
}
