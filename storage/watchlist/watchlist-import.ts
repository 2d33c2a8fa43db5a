import { appendAudit } from '../audit/audit';
import { getSettings } from '../settings';
import { queueTeamChange } from '../team/team-outbox';
import { inWatchlistTransaction } from './watchlist-store';
import { readAllEntries, writeEntries } from './watchlist-records';
import { IMPORT_ERROR_CODES, SellerGuardError, type ErrorCode } from '../../utils/errors';
import { entryLabel, finishEntry, type Actor } from './watchlist-entry';
import { entryFromFile, importChanges, mergeFileEntry } from './watchlist-merge';
import { watchlistEntrySchema, type WatchlistEntry } from './watchlist-schema';
import { importError, parseWatchlistFile, type ParsedWatchlistFile } from './watchlist-transfer';
import { t } from '../../locales/current';

/**
 * Importing a shared watchlist file in two steps: `previewWatchlistImport` reads and checks
 * the file and answers what it would add, update and skip (changing nothing), then
 * `applyWatchlistImport` writes exactly that plan in one transaction, or nothing.
 */

interface PlanRow {
  /** 1-based entry number (JSON) or line (CSV). */
  row: number;
  /** "Entry 3" / "Line 4". */
  label: string;
}
interface PlannedAdd extends PlanRow {
  entry: WatchlistEntry;
}
interface PlannedUpdate extends PlanRow {
  before: WatchlistEntry;
  after: WatchlistEntry;
  /** Fields that change, e.g. ['orderIds', 'severity']. */
  changes: string[];
}
interface PlannedSkip extends PlanRow {
  /** Why nothing is done for this row, in a sentence the UI shows as is. */
  reason: string;
  /** The listed entry the row matched, if any. */
  entryId: string | null;
}
export interface WatchlistImportPlan {
  source: 'json' | 'csv';
  add: PlannedAdd[];
  update: PlannedUpdate[];
  skip: PlannedSkip[];
}

const keysOf = (e: Pick<WatchlistEntry, 'proxyEmails' | 'orderIds'>) => [
  ...e.proxyEmails.map((x) => `email:${x}`),
  ...e.orderIds.map((x) => `order:${x}`),
];

/**
 * Decide, without touching storage, what importing `file` into the `listed` entries does. A
 * row joins the entry sharing its id, a proxy email or an order id (several rows of one
 * buyer join one entry); a row that changes nothing, or that matches two listed entries, is
 * skipped with the reason. Throws an `import-invalid-entry` SellerGuardError when a merge would be invalid.
 */
function planWatchlistImport(
  listed: readonly WatchlistEntry[],
  file: ParsedWatchlistFile,
  actor: Actor,
  newId: () => string = () => crypto.randomUUID(),
): WatchlistImportPlan {
  const working = new Map(listed.map((e) => [e.id, e]));
  const owner = new Map<string, string>();
  const own = (e: WatchlistEntry) => keysOf(e).forEach((k) => owner.set(k, e.id));
  listed.forEach(own);
  const adds = new Map<string, PlannedAdd>();
  const updates = new Map<string, PlannedUpdate>();
  const skip: PlannedSkip[] = [];

  for (const row of file.rows) {
    const ids = new Set(keysOf(row.entry).flatMap((k) => owner.get(k) ?? []));
    if (row.entry.id && working.has(row.entry.id)) ids.add(row.entry.id);
    if (ids.size > 1) {
      const names = [...ids].map((id) => entryLabel(working.get(id)!)).join(', ');
      skip.push({ ...row, reason: t('watchlist.import.manyEntries', { count: ids.size, labels: names }), entryId: null });
      continue;
    }
    const [id] = ids;
    if (id === undefined) {
      const entry = entryFromFile(row, row.entry.id ?? newId(), actor);
      working.set(entry.id, entry);
      own(entry);
      adds.set(entry.id, { row: row.row, label: row.label, entry });
      continue;
    }
    const current = working.get(id)!;
    const merged = mergeFileEntry(current, row);
    const earlier = adds.get(id) ?? updates.get(id);
    if (!importChanges(current, merged).length) {
      const reason = earlier ? t('watchlist.import.sameAsEarlier', { label: earlier.label }) : t('watchlist.import.alreadyListed');
      skip.push({ row: row.row, label: row.label, reason, entryId: id });
      continue;
    }
    working.set(id, merged);
    own(merged);
    if (earlier) {
      skip.push({ row: row.row, label: row.label, reason: t('watchlist.import.mergedIntoEarlier', { label: earlier.label }), entryId: id });
      if ('entry' in earlier) earlier.entry = merged;
      else earlier.after = merged;
    } else updates.set(id, { row: row.row, label: row.label, before: current, after: merged, changes: [] });
  }

  const stamp = (entry: WatchlistEntry, fields: string[]): WatchlistEntry =>
    finishEntry({
      ...entry,
      updatedAt: actor.now.toISOString(),
      history: [...entry.history, { at: actor.now.toISOString(), by: actor.agent, action: 'imported', fields, note: `from a ${file.source.toUpperCase()} file` }],
    });
  const update = [...updates.values()].map((u) => {
    const changes = importChanges(u.before, u.after);
    return { ...u, after: stamp(u.after, changes), changes };
  });
  const add = [...adds.values()].map((a) => ({ ...a, entry: stamp(a.entry, []) }));
  return { source: file.source, add, update, skip: skip.sort((a, b) => a.row - b.row) };
}

/** Read a watchlist file and plan its import against the stored list. Changes nothing. */
export async function previewWatchlistImport(text: string, now = new Date()): Promise<WatchlistImportPlan> {
  const file = parseWatchlistFile(text);
  const agent = (await getSettings()).agentName;
  return planWatchlistImport(await readAllEntries(), file, { agent, now });
}

interface WatchlistImportSummary {
  added: number;
  updated: number;
  skipped: number;
}

/** Whether the stored list changed since `plan` was made: an entry to add is listed now (by id or key), or one to update is no longer as it was. */
function isStale(plan: WatchlistImportPlan, stored: readonly WatchlistEntry[]): boolean {
  const byId = new Map(stored.map((entry) => [entry.id, entry]));
  const emails = new Set(stored.flatMap((entry) => entry.proxyEmails));
  const orders = new Set(stored.flatMap((entry) => entry.orderIds));
  const listed = (entry: WatchlistEntry) => byId.has(entry.id) || entry.proxyEmails.some((email) => emails.has(email)) || entry.orderIds.some((order) => orders.has(order));
  return plan.add.some(({ entry }) => listed(entry)) || plan.update.some(({ before }) => JSON.stringify(byId.get(before.id)) !== JSON.stringify(before));
}

/** Errors a failed import passes on as they are; any other SellerGuardError is an invalid entry. */
const PASSED_ON: readonly ErrorCode[] = ['chain-moved', ...IMPORT_ERROR_CODES];

/**
 * Write a previewed plan in one transaction with one audit entry. Throws a
 * an `import-stale` SellerGuardError and writes nothing if the list changed since the preview.
 */
export async function applyWatchlistImport(plan: WatchlistImportPlan, now = new Date(), fileName?: string): Promise<WatchlistImportSummary> {
  const agent = (await getSettings()).agentName;
  const summary = { added: plan.add.length, updated: plan.update.length, skipped: plan.skip.length };
  try {
    await inWatchlistTransaction(async (team) => {
      if (isStale(plan, await readAllEntries())) throw importError('import-stale', t('watchlist.import.stale'));
      const rows = [...plan.add.map((a) => a.entry), ...plan.update.map((u) => u.after)];
      await writeEntries(rows.map((e) => watchlistEntrySchema.parse(e)));
      for (const { entry } of plan.add) await queueTeamChange(team, undefined, entry, now);
      for (const { before, after } of plan.update) await queueTeamChange(team, before, after, now);
      await appendAudit({
        kind: 'watchlist-import',
        agent,
        at: now,
        summary: `Imported a watchlist ${plan.source.toUpperCase()} file: ${summary.added} added, ${summary.updated} updated, ${summary.skipped} skipped`,
        details: { source: plan.source, ...summary, ...(fileName ? { fileName } : {}) },
      });
    });
  } catch (error) {
    if (error instanceof SellerGuardError && !PASSED_ON.includes(error.code)) throw importError('import-invalid-entry', `${error.message}. Nothing was imported.`, undefined, error.field);
    throw error;
  }
  return summary;
}
