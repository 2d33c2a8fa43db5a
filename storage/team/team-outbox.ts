import { storage } from '#imports';
import { z } from 'zod';
import { TEAM_ROLES } from '../../rules/team/protocol';
import { teamOpsBetween, syncFieldsOf, type SyncedEntry, type TeamOpDraft } from '../../rules/team/watchlist-change-diff';
import type { WatchlistChange } from '../../rules/team/watchlist-protocol';
import { db } from '../db';
import type { TeamOutboxRecord, TeamTarget } from './team-outbox-schema';
import { knownVersions, type KnownVersions } from './team-version-pages';

/**
 * The team outbox: local watchlist changes made while joined wait here until the background
 * sends them (entrypoints/background/team/team-push.ts). Queue inside the transaction of the
 * local change (include `TEAM_OUTBOX_TABLES`), so a change is never stored without its
 * queued copy or the reverse.
 */

/** Tables a transaction that queues team changes must include. */
export const TEAM_OUTBOX_TABLES = [db.teamOutbox, db.teamEntries, db.teamVersionPages] as const;

/** BroadcastChannel the background listens on to send at once. */
export const TEAM_OUTBOX_CHANNEL = 'seller-guard-team-outbox';

const joinedSchema = z.object({
  workspace: z.object({ id: z.string() }),
  member: z.object({ role: z.enum(TEAM_ROLES) }),
  joinedAt: z.string(),
  problem: z.string().nullable().optional(),
});

/**
 * The joined team, or null. Read it BEFORE the Dexie transaction: awaiting browser.storage
 * inside one lets IndexedDB commit it early.
 */
export async function teamTarget(): Promise<TeamTarget | null> {
  const parsed = joinedSchema.safeParse(await storage.getItem('local:team'));
  if (!parsed.success || parsed.data.problem === 'token-revoked') return null;
  return { workspace: parsed.data.workspace.id, role: parsed.data.member.role, joinedAt: parsed.data.joinedAt };
}

/** Tell the background (any context) that changes wait. Call after the transaction committed. */
export function kickTeamOutbox(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(TEAM_OUTBOX_CHANNEL);
  channel.postMessage('queued');
  channel.close();
}

function record(team: TeamTarget, entryId: string, draft: TeamOpDraft, base: Record<string, number>, at: string): TeamOutboxRecord {
  const common = { changeId: `chg-${crypto.randomUUID()}`, entryId, at };
  const change: WatchlistChange = draft.op === 'edit' ? { ...common, op: 'edit', set: draft.set, base, note: '' } : { ...common, ...draft };
  return { workspace: team.workspace, entryId, change, queuedAt: at };
}

/**
 * Fold one draft into what already waits for the entry: an edit of an entry whose add has not
 * been sent rewrites the add; an edit after an unsent edit joins it (keeping the first base);
 * a review of an unsent add is dropped. Returns true when nothing new needs queuing.
 */
async function foldIntoPending(team: TeamTarget, entryId: string, draft: TeamOpDraft, after: SyncedEntry | undefined): Promise<boolean> {
  const pending = await db.teamOutbox.where('entryId').equals(entryId).filter((r) => r.workspace === team.workspace).sortBy('seq');
  const add = pending.find((r) => r.change.op === 'add');
  const last = pending.at(-1);
  if (add && pending.length === 1 && after && (draft.op === 'edit' || draft.op === 'review')) {
    if (draft.op === 'edit') await db.teamOutbox.put({ ...add, change: { ...add.change, op: 'add', entry: syncFieldsOf(after) } });
    return true;
  }
  if (draft.op === 'edit' && last?.change.op === 'edit') {
    const base = { ...versionsFor(draft, await versionsOf(team, entryId)), ...last.change.base };
    await db.teamOutbox.put({ ...last, change: { ...last.change, set: { ...last.change.set, ...draft.set }, base } });
    return true;
  }
  return false;
}

/** What the server last told of the entry (per entry or in a first sync's page record). */
async function versionsOf(team: TeamTarget, entryId: string): Promise<KnownVersions | undefined> {
  return (await knownVersions(team.workspace, [entryId])).get(entryId);
}

function versionsFor(draft: TeamOpDraft, known: { fieldVersions: Record<string, number | undefined> } | undefined): Record<string, number> {
  if (draft.op !== 'edit') return {};
  return Object.fromEntries(Object.keys(draft.set).map((field) => [field, known?.fieldVersions[field] ?? 0]));
}

/**
 * Queue the team changes a local write stands for (`before`/`after` the write; undefined for
 * a new or deleted entry). Nothing when not joined. Call inside the local change's transaction.
 */
export async function queueTeamChange(team: TeamTarget | null, before: SyncedEntry | undefined, after: SyncedEntry | undefined, now = new Date()): Promise<number> {
  if (!team) return 0;
  const entryId = (after ?? before)?.id;
  if (!entryId) return 0;
  let queued = 0;
  for (const draft of teamOpsBetween(before, after)) {
    if (await foldIntoPending(team, entryId, draft, after)) continue;
    const base = versionsFor(draft, await versionsOf(team, entryId));
    await db.teamOutbox.add(record(team, entryId, draft, base, now.toISOString()));
    queued++;
  }
  return queued;
}

/** How many changes wait for `workspace`. */
export function countWaiting(workspace: string): Promise<number> {
  return db.teamOutbox.where('workspace').equals(workspace).count();
}
