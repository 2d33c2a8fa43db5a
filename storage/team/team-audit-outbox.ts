import { AUDIT_EVENTS_PER_REQUEST, teamAuditEventSchema, type AuditReceipt, type TeamAuditEventInput } from '../../rules/team/audit-protocol';
import type { AuditEntry } from '../audit/audit-schema';
import { db } from '../db';
import { markSentUpTo, sentUpTo } from './team-send-cursor';

/**
 * Local audit entries on their way to the team's trail. Entries made since joining are sent
 * in id order; each keeps the server's receipt, and the cursor moves in the same transaction,
 * so no entry is sent twice or skipped across restarts (a resend after a lost answer carries
 * the same eventId and gets the original receipt back).
 */

const CURSOR_KEY = 'team-audit-sent';

/** The stable event id of a local entry (its id plus its time, so a recreated database never reuses one). */
export function auditEventId(entry: AuditEntry): string {
  return `audit-${entry.id}-${Date.parse(entry.at)}`;
}

/** The entry as the team protocol carries it; an order id or details the protocol refuses are kept in a safe form. */
export function toTeamEvent(entry: AuditEntry): TeamAuditEventInput {
  const event: TeamAuditEventInput = { eventId: auditEventId(entry), kind: entry.kind, at: entry.at, orderId: entry.orderId, summary: entry.summary.slice(0, 1000), details: entry.details };
  if (teamAuditEventSchema.safeParse(event).success) return event;
  const safe = { ...event, orderId: null, details: { ...entry.details, orderId: entry.orderId } };
  return teamAuditEventSchema.safeParse(safe).success ? safe : { ...safe, details: { truncated: true, orderId: entry.orderId } };
}

/** The next entries to send to `workspace`: made since `joinedAt`, after the cursor, oldest first. */
export async function nextAuditBatch(workspace: string, joinedAt: string, limit = AUDIT_EVENTS_PER_REQUEST): Promise<AuditEntry[]> {
  const after = await sentUpTo(CURSOR_KEY, workspace);
  return db.audit
    .where('id')
    .above(after)
    .filter((entry) => entry.at >= joinedAt && !entry.teamReceipt)
    .limit(limit)
    .toArray();
}

/** Keep each receipt with its entry and move the cursor past the batch, in one transaction. */
export async function storeAuditReceipts(workspace: string, batch: readonly AuditEntry[], receipts: readonly AuditReceipt[]): Promise<void> {
  const byId = new Map(receipts.map((r) => [r.eventId, r]));
  await db.transaction('rw', [db.audit, db.meta], async () => {
    let last = await sentUpTo(CURSOR_KEY, workspace);
    for (const entry of batch) {
      const receipt = byId.get(auditEventId(entry));
      if (!receipt || entry.id === undefined) break;
      await db.audit.update(entry.id, { teamReceipt: { workspace, seq: receipt.seq, receivedAt: receipt.receivedAt } });
      last = Math.max(last, entry.id);
    }
    await markSentUpTo(CURSOR_KEY, workspace, last);
  });
}

/** Entries made since joining that still wait for their receipt. */
export async function countAuditWaiting(workspace: string, joinedAt: string): Promise<number> {
  const after = await sentUpTo(CURSOR_KEY, workspace);
  return db.audit.where('id').above(after).filter((entry) => entry.at >= joinedAt && !entry.teamReceipt).count();
}
