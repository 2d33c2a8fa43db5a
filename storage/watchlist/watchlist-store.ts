import { ZodError } from 'zod';
import { SellerGuardError } from '../../utils/errors';
import { normalizeBuyerName } from '../../rules/watchlist/buyer-match';
import { normalizeProxyEmail } from '../../rules/page/patterns';
import { appendAudit } from '../audit/audit';
import type { AuditKind } from '../audit/audit-schema';
import { db } from '../db';
import { getSettings } from '../settings';
import { kickTeamOutbox, queueTeamChange, teamTarget, TEAM_OUTBOX_TABLES } from '../team/team-outbox';
import type { TeamTarget } from '../team/team-outbox-schema';
import { markWatchlistChanged } from './watchlist-match';
import { readAllEntries, readEntriesWithKeys, readEntry, removeEntry, WATCHLIST_STORES, writeEntries } from './watchlist-records';
import { clearEntry, createEntry, editEntry, entryLabel, mergeAddIntoEntry, reviewEntry, type Actor } from './watchlist-entry';
import {
  WATCHLIST_REASON_LABELS,
  describeZodError,
  watchlistAddInputSchema,
  type WatchlistAddInput,
  type WatchlistEdit,
  type WatchlistEntry,
} from './watchlist-schema';
import { t } from '../../locales/current';

/**
 * The watchlist in IndexedDB. Every change is one Dexie transaction that also writes its
 * audit entry, so a change is never stored without its record (or the reverse). Runs in the
 * extension origin (background, options page); content scripts ask the background.
 */

export { getActiveIndex, markWatchlistChanged, matchWatchlist, matchWatchlistMany } from './watchlist-match';

async function actorAt(now: Date): Promise<Actor> {
  return { agent: (await getSettings()).agentName, now };
}

/**
 * Run `change` in one rw transaction with the audit log and the team outbox (`team` is the
 * joined team or null: queue the change's team copy with `queueTeamChange`); turn validation
 * errors into SellerGuardErrors.
 */
export async function inWatchlistTransaction<T>(change: (team: TeamTarget | null) => Promise<T>): Promise<T> {
  const team = await teamTarget();
  try {
    const result = await db.transaction('rw', [...WATCHLIST_STORES, db.audit, ...TEAM_OUTBOX_TABLES], async () => {
      const result = await change(team);
      await markWatchlistChanged();
      return result;
    });
    if (team) kickTeamOutbox();
    return result;
  } catch (error) {
    if (error instanceof ZodError) {
      const { field, message } = describeZodError(error);
      throw new SellerGuardError('invalid-input', `${field}: ${message}`, { field });
    }
    throw error;
  }
}

async function audit(kind: AuditKind, actor: Actor, entry: WatchlistEntry, summary: string, details: Record<string, unknown> = {}) {
  await appendAudit({
    kind,
    agent: actor.agent,
    at: actor.now,
    orderId: entry.orderIds[0] ?? null,
    summary,
    details: { entryId: entry.id, reason: entry.reason, severity: entry.severity, ...details },
  });
}

async function getOrThrow(id: string): Promise<WatchlistEntry> {
  const entry = await readEntry(id);
  if (!entry) throw new SellerGuardError('not-found', t('watchlist.error.gone'));
  return entry;
}

interface WatchlistAddResult {
  entry: WatchlistEntry;
  /** `merged`: the buyer was listed already; `reactivated`: a cleared entry became active again. */
  outcome: 'added' | 'merged' | 'reactivated';
}

/**
 * "Add to watchlist": a new entry, or, when the proxy email or an order id is already
 * listed, the existing entry with the new details merged in (never a duplicate).
 * @example await addWatchlistEntry({ buyerName: 'J. Doe', proxyEmail: 'x1+c9@marketplace.amazon.de', orderIds: ['302-1234567-1234567'], reason: 'false-claim', severity: 'high', notes: 'A-to-z after signed delivery' })
 */
export async function addWatchlistEntry(raw: WatchlistAddInput, now = new Date()): Promise<WatchlistAddResult> {
  const actor = await actorAt(now);
  return inWatchlistTransaction(async (team) => {
    const input = watchlistAddInputSchema.parse(raw);
    const matches = await readEntriesWithKeys(input.proxyEmail ? [input.proxyEmail] : [], input.orderIds);
    if (matches.length > 1) {
      throw new SellerGuardError(
        'invalid-input',
        t('watchlist.error.manyEntries', { count: matches.length, labels: matches.map(entryLabel).join(', ') }),
      );
    }
    const existing = matches[0];
    const entry = existing ? mergeAddIntoEntry(existing, input, actor) : createEntry(input, actor);
    const outcome = !existing ? 'added' : existing.status === 'cleared' ? 'reactivated' : 'merged';
    await writeEntries([entry]);
    await queueTeamChange(team, existing, entry, now);
    const verb = { added: 'Added', merged: 'Added details to', reactivated: 'Reactivated' }[outcome];
    await audit('watchlist-add', actor, entry, `${verb} watchlist entry for ${entryLabel(entry)} (${WATCHLIST_REASON_LABELS[entry.reason]}, ${entry.severity})`, { outcome });
    return { entry, outcome };
  });
}

/** Edit an entry's buyer keys, names, reason, severity, notes or evidence. */
export async function editWatchlistEntry(id: string, patch: WatchlistEdit, now = new Date()): Promise<WatchlistEntry> {
  const actor = await actorAt(now);
  return inWatchlistTransaction(async (team) => {
    const existing = await getOrThrow(id);
    const entry = editEntry(existing, patch, actor);
    const fields = entry.history.at(-1)?.fields ?? [];
    if (!fields.length) return existing;
    const taken = (await readEntriesWithKeys(entry.proxyEmails, entry.orderIds)).filter((e) => e.id !== id);
    if (taken[0]) {
      throw new SellerGuardError('invalid-input', t('watchlist.error.keyTaken', { label: entryLabel(taken[0]) }), { field: 'proxyEmails' });
    }
    await writeEntries([entry]);
    await queueTeamChange(team, existing, entry, now);
    await audit('watchlist-edit', actor, entry, `Edited watchlist entry for ${entryLabel(entry)}: ${fields.join(', ')}`, { fields });
    return entry;
  });
}

/** The agent confirms the entry still holds: the next review is due 90 days from now. */
export async function reviewWatchlistEntry(id: string, note = '', now = new Date()): Promise<WatchlistEntry> {
  const actor = await actorAt(now);
  return inWatchlistTransaction(async (team) => {
    const existing = await getOrThrow(id);
    if (existing.status !== 'active') throw new SellerGuardError('invalid-input', t('problem.watchlist.clearedReview'));
    const entry = reviewEntry(existing, actor, note);
    await writeEntries([entry]);
    await queueTeamChange(team, existing, entry, now);
    await audit('watchlist-review', actor, entry, `Reviewed watchlist entry for ${entryLabel(entry)}; next review ${entry.reviewDue.slice(0, 10)}`, { reviewDue: entry.reviewDue });
    return entry;
  });
}

/** Clear a buyer: the entry stops matching but keeps its history (who cleared it, when, why). */
export async function clearWatchlistEntry(id: string, why: string, now = new Date()): Promise<WatchlistEntry> {
  const actor = await actorAt(now);
  return inWatchlistTransaction(async (team) => {
    const existing = await getOrThrow(id);
    if (existing.status === 'cleared') throw new SellerGuardError('invalid-input', t('watchlist.error.alreadyCleared'));
    const entry = clearEntry(existing, why, actor);
    await writeEntries([entry]);
    await queueTeamChange(team, existing, entry, now);
    await audit('watchlist-clear', actor, entry, `Cleared watchlist entry for ${entryLabel(entry)}: ${why.trim()}`, { why: why.trim() });
    return entry;
  });
}

/** Delete an entry and its history for good (the UI asks for confirmation first). */
export async function deleteWatchlistEntry(id: string, now = new Date()): Promise<void> {
  const actor = await actorAt(now);
  await inWatchlistTransaction(async (team) => {
    const existing = await getOrThrow(id);
    await removeEntry(id);
    await queueTeamChange(team, existing, undefined, now);
    await audit('watchlist-delete', actor, existing, `Deleted watchlist entry for ${entryLabel(existing)}`, { status: existing.status });
  });
}

export async function getWatchlistEntry(id: string): Promise<WatchlistEntry | undefined> {
  return readEntry(id);
}

export interface WatchlistQuery {
  /** Part of a buyer name (any case or accents), proxy email, order id or note. */
  text?: string;
  /** Default 'all'. */
  status?: 'active' | 'cleared' | 'all';
  /** Only active entries whose review is due at `now`. */
  overdueAt?: Date;
}

/** Entries matching the query, most recently changed first. */
export async function listWatchlist(query: WatchlistQuery = {}): Promise<WatchlistEntry[]> {
  const status = query.status ?? 'all';
  const nameNeedle = normalizeBuyerName(query.text);
  const keyNeedle = query.text?.trim() ? normalizeProxyEmail(query.text) : '';
  const due = query.overdueAt?.toISOString();
  // Read whole and filtered here: the list is a few records (watchlist-records.ts).
  const rows = (await readAllEntries()).filter((e) => {
    if (status !== 'all' && e.status !== status) return false;
    if (due && (e.status !== 'active' || e.reviewDue > due)) return false;
    if (!keyNeedle) return true;
    return (
      e.proxyEmails.some((x) => x.includes(keyNeedle)) ||
      e.orderIds.some((x) => x.includes(keyNeedle)) ||
      (!!nameNeedle && [...e.buyerNames, e.notes].some((x) => normalizeBuyerName(x).includes(nameNeedle)))
    );
  });
  return rows.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/** How many active entries are due for review at `now` (the toolbar badge). */
export async function countOverdue(now = new Date()): Promise<number> {
  const due = now.toISOString();
  return (await readAllEntries()).filter((e) => e.status === 'active' && e.reviewDue <= due).length;
}
