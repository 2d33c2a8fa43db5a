import type { z } from 'zod';
import { AUDIT_EVENTS_PER_REQUEST, type AuditReceipt, type teamAuditEventSchema } from '../../rules/team/audit-protocol';
import { Batcher, type Settled } from '../db/batcher';
import { isDatabaseDown, type Database } from '../db/database';
import { callerFrom, findCallers } from '../http/auth';
import { appendAuditPushes, type AuditPush } from './audit-store';

export interface PendingPush {
  tokenHash: string;
  events: z.output<typeof teamAuditEventSchema>[];
}

/**
 * Audit pushes arriving together are checked and stored together: one lookup of every
 * token (each request still answers 401/403 for its own, checked when its batch runs, so a
 * revocation stops the member at once) and one INSERT for all their events. PGlite runs one
 * query at a time, so one batch at a time there; on PostgreSQL a few run side by side.
 */
export function auditPushBatcher(db: Database): Batcher<PendingPush, AuditReceipt[]> {
  return new Batcher(
    async (items): Promise<Settled<AuditReceipt[]>[]> => {
      const callers = await findCallers(db, [...new Set(items.map((item) => item.tokenHash))]);
      const outcomes: Settled<AuditReceipt[]>[] = [];
      const pushes: AuditPush[] = [];
      const pushIndex: number[] = [];
      items.forEach((item, i) => {
        try {
          pushes.push({ caller: callerFrom(callers.get(item.tokenHash), 'pushOwnRecords'), events: item.events });
          pushIndex.push(i);
        } catch (error) {
          outcomes[i] = { error };
        }
      });
      if (pushes.length) {
        const receipts = await appendAuditPushes(db, pushes);
        pushIndex.forEach((i, n) => (outcomes[i] = { value: receipts[n]! }));
      }
      return outcomes;
    },
    { concurrency: db.kind === 'pglite' ? 1 : 4, maxWeight: 4 * AUDIT_EVENTS_PER_REQUEST, weight: (item) => item.events.length, retryAlone: (error) => !isDatabaseDown(error) },
  );
}
