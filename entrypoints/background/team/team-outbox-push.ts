import { LEAD_WATCHLIST_OPS, WATCHLIST_CHANGES_PER_REQUEST, watchlistChangeSchema, watchlistPushResponseSchema } from '../../../rules/team/watchlist-protocol';
import { nextOutboxBatch, settleOutbox, type RefusedChange, type SettleOutcome } from '../../../storage/team/team-outbox-settle';
import type { TeamOutboxRecord } from '../../../storage/team/team-outbox-schema';
import { SellerGuardError } from '../../../utils/errors';
import { teamFetch } from './team-client';
import type { TeamState } from './team-state';

/** Why a queued change cannot be sent: the role may not make it (the server would refuse the whole request), or it breaks the protocol. */
function refusal(state: TeamState, record: TeamOutboxRecord): Omit<RefusedChange, 'record'> | null {
  if (state.member.role === 'auditor') return { code: 'auditor-reads', message: '' };
  if (state.member.role === 'agent' && LEAD_WATCHLIST_OPS.includes(record.change.op)) return { code: 'agent-only-adds', message: '' };
  const parsed = watchlistChangeSchema.safeParse(record.change);
  if (!parsed.success) return { code: 'server', message: `${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}` };
  return null;
}

export interface OutboxPush extends SettleOutcome {
  /** Changes sent in this request (0: nothing waited). */
  sent: number;
}

/**
 * Send the oldest waiting watchlist changes (at most `limit`, ≤ 200) and settle the answer.
 * Changes the role may not make, or that fail the protocol's schema, are dropped and shown
 * instead of sent. A whole-request 4xx answer with one change refuses that change; with more,
 * it throws so the caller retries one at a time. 5xx and network errors throw (retry later;
 * the changeIds make a resend safe).
 */
export async function pushOutboxBatch(state: TeamState, limit = WATCHLIST_CHANGES_PER_REQUEST): Promise<OutboxPush> {
  const batch = await nextOutboxBatch(state.workspace.id, Math.min(limit, WATCHLIST_CHANGES_PER_REQUEST));
  const refused: RefusedChange[] = [];
  const send: TeamOutboxRecord[] = [];
  for (const record of batch) {
    const why = refusal(state, record);
    if (why) refused.push({ record, ...why });
    else send.push(record);
  }
  if (!send.length) {
    const outcome = batch.length ? await settleOutbox(state.workspace.id, [], [], refused) : { applied: 0, conflicts: 0, rejected: 0 };
    return { ...outcome, sent: 0 };
  }
  try {
    const answer = await teamFetch(state.origin, '/v1/watchlist/changes', watchlistPushResponseSchema, {
      method: 'POST',
      token: state.token,
      body: { changes: send.map((r) => r.change) },
    });
    return { ...(await settleOutbox(state.workspace.id, send, answer.results, refused)), sent: send.length };
  } catch (error) {
    const final = error instanceof SellerGuardError && error.status !== undefined && error.status >= 400 && error.status < 500 && ![401, 408, 426, 429].includes(error.status);
    if (!final || send.length > 1) throw error;
    return { ...(await settleOutbox(state.workspace.id, [], [], [...refused, { record: send[0]!, code: 'server', message: error.message }])), sent: 1 };
  }
}
