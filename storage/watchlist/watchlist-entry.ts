import { addDays } from 'date-fns';
import { nameKeysFor } from '../../rules/watchlist/buyer-match';
import {
  REVIEW_INTERVAL_DAYS,
  WATCHLIST_SEVERITIES,
  watchlistAddInputSchema,
  watchlistEditSchema,
  watchlistEntrySchema,
  type WatchlistAddInput,
  type WatchlistEdit,
  type WatchlistEntry,
  type WatchlistHistoryItem,
} from './watchlist-schema';

/**
 * Pure changes to one watchlist entry (no IndexedDB): each takes the entry and the acting
 * agent and time, and returns a new validated entry with the change added to its history.
 * `storage/watchlist/watchlist-store.ts` stores the results; tests and the benchmark build entries with them.
 */

export interface Actor {
  /** Agent name from settings ("" when unset). */
  agent: string;
  now: Date;
}

/** The review due date for an entry added or reviewed at `from`. */
export function reviewDueFrom(from: Date | string): string {
  return addDays(new Date(from), REVIEW_INTERVAL_DAYS).toISOString();
}

/** Whether an active entry's review date has come. */
export function isOverdue(entry: Pick<WatchlistEntry, 'status' | 'reviewDue'>, now: Date): boolean {
  return entry.status === 'active' && entry.reviewDue <= now.toISOString();
}

/** Validate an entry and derive its name keys from its buyer names. */
export function finishEntry(entry: Omit<WatchlistEntry, 'nameKeys'> & { nameKeys?: string[] }): WatchlistEntry {
  const parsed = watchlistEntrySchema.parse({ ...entry, nameKeys: [] });
  return { ...parsed, nameKeys: nameKeysFor(parsed.buyerNames) };
}

function historyItem(actor: Actor, action: WatchlistHistoryItem['action'], fields: string[] = [], note = ''): WatchlistHistoryItem {
  return { at: actor.now.toISOString(), by: actor.agent, action, fields, note };
}

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];

/** Union of two evidence lists without repeating an identical item. */
export function unionEvidence(a: WatchlistEntry['evidence'], b: WatchlistEntry['evidence']): WatchlistEntry['evidence'] {
  const seen = new Set(a.map((e) => JSON.stringify(e)));
  const result = [...a];
  for (const item of b) {
    const key = JSON.stringify(item);
    if (!seen.has(key)) result.push(item);
    seen.add(key);
  }
  return result;
}

/** Names of the content fields that differ between two versions of an entry. */
export function changedFields(before: WatchlistEntry, after: WatchlistEntry): string[] {
  const skip = new Set(['nameKeys', 'history', 'updatedAt']);
  return (Object.keys(after) as (keyof WatchlistEntry)[]).filter(
    (key) => !skip.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
}

/** A new active entry from "Add to watchlist". Throws a ZodError on invalid input. */
export function createEntry(raw: WatchlistAddInput, actor: Actor, id: string = crypto.randomUUID()): WatchlistEntry {
  const input = watchlistAddInputSchema.parse(raw);
  const at = actor.now.toISOString();
  return finishEntry({
    id,
    status: 'active',
    buyerNames: input.buyerName ? [input.buyerName] : [],
    proxyEmails: input.proxyEmail ? [input.proxyEmail] : [],
    orderIds: input.orderIds,
    reason: input.reason,
    severity: input.severity,
    notes: input.notes,
    evidence: input.evidence,
    addedBy: actor.agent,
    addedAt: at,
    reviewedAt: null,
    reviewDue: reviewDueFrom(actor.now),
    cleared: null,
    history: [historyItem(actor, 'added')],
    updatedAt: at,
  });
}

const moreSevere = (a: WatchlistEntry['severity'], b: WatchlistEntry['severity']) =>
  WATCHLIST_SEVERITIES.indexOf(a) <= WATCHLIST_SEVERITIES.indexOf(b) ? a : b;

/**
 * "Add to watchlist" for a buyer who is already listed (same proxy email or order id): the
 * new keys, names, evidence and note join the entry. An active entry keeps the more severe
 * of the two severities (and that one's reason); a cleared entry is reactivated with the
 * new reason and severity, its clearing kept in the history.
 */
export function mergeAddIntoEntry(existing: WatchlistEntry, raw: WatchlistAddInput, actor: Actor): WatchlistEntry {
  const input = watchlistAddInputSchema.parse(raw);
  const reactivate = existing.status === 'cleared';
  const newWins = reactivate || moreSevere(input.severity, existing.severity) !== existing.severity;
  const notes = !input.notes || existing.notes.includes(input.notes) ? existing.notes : [existing.notes, input.notes].filter(Boolean).join('\n\n');
  const due = reviewDueFrom(actor.now);
  const next: WatchlistEntry = {
    ...existing,
    status: 'active',
    cleared: null,
    buyerNames: union(existing.buyerNames, input.buyerName ? [input.buyerName] : []),
    proxyEmails: union(existing.proxyEmails, input.proxyEmail ? [input.proxyEmail] : []),
    orderIds: union(existing.orderIds, input.orderIds),
    reason: newWins ? input.reason : existing.reason,
    severity: newWins ? input.severity : existing.severity,
    notes,
    evidence: unionEvidence(existing.evidence, input.evidence),
    reviewDue: due > existing.reviewDue || reactivate ? due : existing.reviewDue,
    updatedAt: actor.now.toISOString(),
  };
  const fields = changedFields(existing, next);
  return finishEntry({ ...next, history: [...existing.history, historyItem(actor, reactivate ? 'reactivated' : 'merged', fields)] });
}

/** Apply an agent's edit. Throws a ZodError when the result is invalid. */
export function editEntry(existing: WatchlistEntry, raw: WatchlistEdit, actor: Actor): WatchlistEntry {
  // A field sent as undefined means "unchanged", like a field left out.
  const patch = Object.fromEntries(Object.entries(watchlistEditSchema.parse(raw)).filter(([, v]) => v !== undefined));
  const next = finishEntry({ ...existing, ...patch, updatedAt: actor.now.toISOString() });
  return { ...next, history: [...existing.history, historyItem(actor, 'edited', changedFields(existing, next))] };
}

/** Mark an entry reviewed now: the next review is due `REVIEW_INTERVAL_DAYS` from now. */
export function reviewEntry(existing: WatchlistEntry, actor: Actor, note = ''): WatchlistEntry {
  const at = actor.now.toISOString();
  return finishEntry({
    ...existing,
    reviewedAt: at,
    reviewDue: reviewDueFrom(actor.now),
    updatedAt: at,
    history: [...existing.history, historyItem(actor, 'reviewed', ['reviewedAt', 'reviewDue'], note.trim())],
  });
}

/** Clear an entry (the buyer no longer matches); who, when and why stay on record. */
export function clearEntry(existing: WatchlistEntry, why: string, actor: Actor): WatchlistEntry {
  const at = actor.now.toISOString();
  return finishEntry({
    ...existing,
    status: 'cleared',
    cleared: { by: actor.agent, at, why },
    updatedAt: at,
    history: [...existing.history, historyItem(actor, 'cleared', ['status'], why.trim())],
  });
}

/** How to name an entry in one line: its first name as shown, else its first key. */
export function entryLabel(entry: Pick<WatchlistEntry, 'buyerNames' | 'proxyEmails' | 'orderIds'>): string {
  return entry.buyerNames[0] ?? entry.proxyEmails[0] ?? entry.orderIds[0] ?? 'unnamed buyer';
}
