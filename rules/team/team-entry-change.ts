import { z } from 'zod';
import { checkEntryRules, REVIEW_INTERVAL_DAYS, type WatchlistHistoryItem } from '../../storage/watchlist/watchlist-schema';
import type { EntryFields, EntryState } from './team-entry-state';
import type { watchlistChangeSchema } from './watchlist-protocol';
import { WATCHLIST_SYNC_FIELDS, type WatchlistSyncField } from './watchlist-protocol';

/**
 * What one change does to an entry, as pure logic: the next state, the fields kept as
 * conflicts, or why it cannot apply. `seq` is the sequence the change gets if it changes
 * anything; `now` the server time. The server applies changes with it; the extension uses it
 * to show its unsent changes on top of a pulled entry, merged the same way.
 */

export type ParsedChange = z.output<typeof watchlistChangeSchema>;

export interface ProposedConflict {
  field: WatchlistSyncField;
  baseVersion: number;
  currentVersion: number;
  currentValue: unknown;
  proposedValue: unknown;
}

export type ChangeOutcome =
  | { kind: 'changed'; state: EntryState; conflicts: readonly ProposedConflict[] }
  | { kind: 'rejected'; code: string; message: string };

export interface ChangeContext {
  seq: number;
  now: string;
  member: { id: string; name: string };
}

const DAY_MS = 86_400_000;
const dueAfter = (iso: string) => new Date(Date.parse(iso) + REVIEW_INTERVAL_DAYS * DAY_MS).toISOString();

/** Deep equality of JSON values (order of object keys ignored). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** The first rule an entry's fields break (reason other without a note, no key), or null. */
export function brokenEntryRule(fields: EntryFields, status: EntryState['status'], cleared: unknown): string | null {
  const issues: string[] = [];
  const ctx = { addIssue: (issue: { message?: string }) => issues.push(issue.message ?? 'invalid') } as unknown as z.RefinementCtx;
  checkEntryRules({ ...fields, status, cleared }, ctx);
  return issues[0] ?? null;
}

function historyItem(change: ParsedChange, ctx: ChangeContext, action: WatchlistHistoryItem['action'], fields: string[], note: string): WatchlistHistoryItem {
  return { at: change.at, by: ctx.member.name, action, fields, note };
}

function withStamp(state: EntryState, ctx: ChangeContext, item: WatchlistHistoryItem): EntryState {
  return { ...state, seq: ctx.seq, updatedAt: ctx.now, history: [...state.history, item] };
}

export function newEntry(change: Extract<ParsedChange, { op: 'add' }>, ctx: ChangeContext): EntryState {
  const fieldVersions = Object.fromEntries(WATCHLIST_SYNC_FIELDS.map((field) => [field, ctx.seq]));
  return {
    id: change.entryId,
    seq: ctx.seq,
    status: 'active',
    fields: change.entry,
    fieldVersions,
    addedBy: ctx.member.name,
    addedByMember: ctx.member.id,
    addedAt: ctx.now,
    reviewedAt: null,
    reviewDue: dueAfter(ctx.now),
    cleared: null,
    history: [historyItem(change, ctx, 'added', [], '')],
    updatedAt: ctx.now,
    openConflicts: 0,
  };
}

function applyEdit(state: EntryState, change: Extract<ParsedChange, { op: 'edit' }>, ctx: ChangeContext): ChangeOutcome {
  const fields = { ...state.fields };
  const versions = { ...state.fieldVersions };
  const applied: WatchlistSyncField[] = [];
  const conflicts: ProposedConflict[] = [];
  for (const field of WATCHLIST_SYNC_FIELDS) {
    if (!(field in change.set)) continue;
    const proposed = change.set[field];
    const current = state.fields[field];
    const currentVersion = state.fieldVersions[field] ?? 0;
    const baseVersion = change.base[field] ?? 0;
    if (sameJson(current, proposed)) continue;
    if (baseVersion === currentVersion) {
      (fields as Record<string, unknown>)[field] = proposed;
      versions[field] = ctx.seq;
      applied.push(field);
    } else {
      conflicts.push({ field, baseVersion, currentVersion, currentValue: current, proposedValue: proposed });
    }
  }
  const broken = brokenEntryRule(fields, state.status, state.cleared);
  if (broken) return { kind: 'rejected', code: 'bad-request', message: broken };
  const note = conflicts.length ? `${change.note} (changed meanwhile, kept for a lead: ${conflicts.map((c) => c.field).join(', ')})`.trim() : change.note;
  const next = withStamp(state, ctx, historyItem(change, ctx, 'edited', applied, note));
  return {
    kind: 'changed',
    state: { ...next, fields, fieldVersions: versions, openConflicts: state.openConflicts + conflicts.length },
    conflicts,
  };
}

/** The next state of an existing entry under a lead's change. */
export function changeEntry(state: EntryState, change: Exclude<ParsedChange, { op: 'add' }>, ctx: ChangeContext): ChangeOutcome {
  switch (change.op) {
    case 'edit':
      return applyEdit(state, change, ctx);
    case 'review':
      if (state.status !== 'active') return { kind: 'rejected', code: 'bad-request', message: 'Only an active entry can be reviewed.' };
      return {
        kind: 'changed',
        state: { ...withStamp(state, ctx, historyItem(change, ctx, 'reviewed', [], change.note)), reviewedAt: ctx.now, reviewDue: dueAfter(ctx.now) },
        conflicts: [],
      };
    case 'extend': {
      const until = Date.parse(change.until);
      const now = Date.parse(ctx.now);
      if (state.status !== 'active') return { kind: 'rejected', code: 'bad-request', message: 'Only an active entry can be extended.' };
      if (until <= now || until > now + 366 * DAY_MS) {
        return { kind: 'rejected', code: 'bad-request', message: 'The new review date must be within the next year.' };
      }
      const note = `review put off to ${change.until.slice(0, 10)}: ${change.note}`;
      return {
        kind: 'changed',
        state: { ...withStamp(state, ctx, historyItem(change, ctx, 'reviewed', [], note)), reviewedAt: ctx.now, reviewDue: change.until },
        conflicts: [],
      };
    }
    case 'clear':
      if (state.status === 'cleared') return { kind: 'changed', state, conflicts: [] };
      return {
        kind: 'changed',
        state: {
          ...withStamp(state, ctx, historyItem(change, ctx, 'cleared', [], change.why)),
          status: 'cleared',
          cleared: { by: ctx.member.name, at: ctx.now, why: change.why },
        },
        conflicts: [],
      };
    case 'reactivate':
      if (state.status === 'active') return { kind: 'changed', state, conflicts: [] };
      return {
        kind: 'changed',
        state: {
          ...withStamp(state, ctx, historyItem(change, ctx, 'reactivated', [], change.note)),
          status: 'active',
          cleared: null,
          reviewDue: dueAfter(ctx.now),
        },
        conflicts: [],
      };
  }
}
