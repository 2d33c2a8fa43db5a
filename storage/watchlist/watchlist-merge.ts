import { ZodError } from 'zod';
import { t } from '../../locales/current';
import { changedFields, finishEntry, reviewDueFrom, unionEvidence, type Actor } from './watchlist-entry';
import { describeZodError, type WatchlistEntry, type WatchlistHistoryItem } from './watchlist-schema';
import { importError, type WatchlistFileEntry, type WatchlistFileRow } from './watchlist-transfer';

/**
 * How an entry read from a watchlist file becomes a new entry or joins a listed one. Pure.
 * Lists (names, emails, order ids, evidence, history) are united; single values (reason,
 * severity, notes, status) come from whichever side changed last (a file entry without
 * `updatedAt` counts as newest); dates keep the earliest addition and the latest review.
 */

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];
const later = <T extends string | null>(a: T, b: T | undefined): T => (b != null && (a === null || b > a) ? b : a);

/** Validate a result built from file row `row`, naming the row when it is invalid. */
function finishFromRow(entry: Omit<WatchlistEntry, 'nameKeys'>, row: WatchlistFileRow, what: 'problem.import.newInvalid' | 'problem.import.mergedInvalid'): WatchlistEntry {
  try {
    return finishEntry(entry);
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    const { field, message } = describeZodError(error);
    throw importError('import-invalid-entry', t(what, { label: row.label, field, error: message }), row.row, field, ['row', 'field']);
  }
}

/** History items of both sides, each once, oldest first. */
function unionHistory(a: readonly WatchlistHistoryItem[], b: readonly WatchlistHistoryItem[]): WatchlistHistoryItem[] {
  const byKey = new Map([...a, ...b].map((item) => [JSON.stringify(item), item]));
  return [...byKey.values()].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}

/** A new entry from a file row; missing fields get their defaults. */
export function entryFromFile(row: WatchlistFileRow, id: string, actor: Actor): WatchlistEntry {
  const e = row.entry;
  const now = actor.now.toISOString();
  const addedAt = e.addedAt ?? now;
  const reviewedAt = e.reviewedAt ?? null;
  const status = e.status ?? 'active';
  return finishFromRow(
    {
      id,
      status,
      buyerNames: e.buyerNames,
      proxyEmails: e.proxyEmails,
      orderIds: e.orderIds,
      reason: e.reason,
      severity: e.severity,
      notes: e.notes ?? '',
      evidence: e.evidence,
      addedBy: e.addedBy ?? actor.agent,
      addedAt,
      reviewedAt,
      reviewDue: e.reviewDue ?? reviewDueFrom(reviewedAt ?? addedAt),
      cleared: status === 'cleared' ? (e.cleared ?? null) : null,
      history: unionHistory([], e.history),
      updatedAt: e.updatedAt ?? now,
    },
    row,
    'problem.import.newInvalid',
  );
}

/** A listed entry with a file row merged in (not yet stamped or given a history item). */
export function mergeFileEntry(current: WatchlistEntry, row: WatchlistFileRow): WatchlistEntry {
  const e: WatchlistFileEntry = row.entry;
  const fileWins = !e.updatedAt || e.updatedAt > current.updatedAt;
  const status = fileWins && e.status ? e.status : current.status;
  const olderAdd = !!e.addedAt && e.addedAt < current.addedAt;
  return finishFromRow(
    {
      ...current,
      status,
      cleared: status === current.status ? current.cleared : status === 'cleared' ? (e.cleared ?? null) : null,
      buyerNames: union(current.buyerNames, e.buyerNames),
      proxyEmails: union(current.proxyEmails, e.proxyEmails),
      orderIds: union(current.orderIds, e.orderIds),
      reason: fileWins ? e.reason : current.reason,
      severity: fileWins ? e.severity : current.severity,
      notes: fileWins && e.notes !== undefined ? e.notes : current.notes,
      evidence: unionEvidence(current.evidence, e.evidence),
      addedAt: olderAdd ? e.addedAt! : current.addedAt,
      addedBy: olderAdd && e.addedBy !== undefined ? e.addedBy : current.addedBy,
      reviewedAt: later(current.reviewedAt, e.reviewedAt),
      reviewDue: later(current.reviewDue, e.reviewDue),
      history: unionHistory(current.history, e.history),
    },
    row,
    'problem.import.mergedInvalid',
  );
}

/** The fields that differ, counting new history items as a change of `history`. */
export function importChanges(before: WatchlistEntry, after: WatchlistEntry): string[] {
  const fields = changedFields(before, after);
  return after.history.length !== before.history.length ? [...fields, 'history'] : fields;
}
