import { AUDIT_EVENTS_PER_REQUEST, type AuditReceipt } from '../../rules/team/audit-protocol';
import { Batcher, type Settled } from '../db/batcher';
import { isDatabaseDown, type Database } from '../db/database';
import { callerFrom, ROLES_THAT, type Caller } from '../http/auth';
import { appendForTokens, type TokenPush } from './audit-append';
import { earlierReceipts, receiptKey, receiptOf } from './audit-store';

/**
 * Audit pushes arriving together are checked and stored together, in one statement: every
 * token looked up and every allowed member's events appended (each request still answers
 * 401/403 for its own token, read when its batch runs, so a revocation stops the member at
 * once). Idle, a push runs alone at once. PGlite runs one query at a time, so one batch at a
 * time there; on PostgreSQL a few run side by side.
 */
export function auditPushBatcher(db: Database): Batcher<TokenPush, AuditReceipt[]> {
  return new Batcher(
    async (items): Promise<Settled<AuditReceipt[]>[]> => {
      const { callers, inserted } = await appendForTokens(db, items, ROLES_THAT.pushOwnRecords);
      const receipts = new Map(inserted.map((row) => [receiptKey(row.member_id, row.event_id), receiptOf(row, false)]));
      const checked = items.map((item): { caller: Caller } | { error: unknown } => {
        try {
          return { caller: callerFrom(callers.get(item.tokenHash), 'pushOwnRecords') };
        } catch (error) {
          return { error };
        }
      });
      const missing = items.flatMap((item, i) => {
        const outcome = checked[i]!;
        if (!('caller' in outcome)) return [];
        const { workspaceId, memberId } = outcome.caller;
        return item.events
          .filter((e) => !receipts.has(receiptKey(memberId, e.eventId)))
          .map((e) => ({ workspace_id: workspaceId, member_id: memberId, event_id: e.eventId }));
      });
      if (missing.length) for (const [key, receipt] of await earlierReceipts(db, missing)) receipts.set(key, receipt);
      return items.map((item, i) => {
        const outcome = checked[i]!;
        if (!('caller' in outcome)) return outcome;
        return { value: item.events.map((e) => receipts.get(receiptKey(outcome.caller.memberId, e.eventId))!) };
      });
    },
    {
      concurrency: db.kind === 'pglite' ? 1 : 4,
      maxWeight: 4 * AUDIT_EVENTS_PER_REQUEST,
      weight: (item) => item.events.length,
      retryAlone: (error) => !isDatabaseDown(error),
    },
  );
}
