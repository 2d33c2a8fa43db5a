import { db } from '../db';
import type { TeamEntryVersions } from './team-outbox-schema';

/**
 * The server's versions of team entries kept a page at a time (`teamVersionPages`): one
 * IndexedDB write for a pulled page of a first sync instead of one per entry, which is most
 * of what a 10,000-entry first sync spent apart from the watchlist itself. The per-entry
 * records (`teamEntries`) still hold every later version, refusals and open conflicts;
 * readers ask `knownVersions`, which takes the newer of the two.
 */

/** What is known of one entry: its server sequence, field versions (an edit's base) and open conflicts. */
export type KnownVersions = Pick<TeamEntryVersions, 'seq' | 'fieldVersions' | 'openConflicts'>;

type PageEntry = Pick<TeamEntryVersions, 'id' | 'seq' | 'fieldVersions'>;

/**
 * Fewest entries a page needs to be kept as one record. A live pull brings a few changes at
 * a time: those stay per entry, so page records do not pile up one per change.
 */
export const VERSION_PAGE_MIN = 100;

/** Keep `entries` (none with open conflicts) of `workspace` as one record. Inside a transaction with `db.teamVersionPages`. */
export async function storeVersionPage(workspace: string, entries: readonly PageEntry[]): Promise<void> {
  if (!entries.length) return;
  await db.teamVersionPages.add({
    workspace,
    entryIds: entries.map((entry) => entry.id),
    seqs: entries.map((entry) => entry.seq),
    fieldVersions: entries.map((entry) => entry.fieldVersions),
  });
}

/** Drop the page records of any workspace but `workspace` (this install joined another team). */
export async function forgetOtherWorkspacePages(workspace: string): Promise<void> {
  await db.teamVersionPages.where('workspace').notEqual(workspace).delete();
}

/** The newest version of each of `ids` kept in page records of `workspace` (absent: none). */
async function pagedVersions(workspace: string, ids: readonly string[]): Promise<Map<string, KnownVersions>> {
  const found = new Map<string, KnownVersions>();
  if (!ids.length) return found;
  const wanted = new Set(ids);
  const pages = await db.teamVersionPages.where('entryIds').anyOf([...wanted]).distinct().toArray();
  for (const page of pages) {
    if (page.workspace !== workspace) continue;
    page.entryIds.forEach((id, i) => {
      const seq = page.seqs[i]!;
      if (wanted.has(id) && seq > (found.get(id)?.seq ?? 0)) found.set(id, { seq, fieldVersions: page.fieldVersions[i]! });
    });
  }
  return found;
}

/**
 * The newest version this install was told of each of `ids` in `workspace`, from the
 * per-entry records and the page records alike (absent: never told). Inside a transaction,
 * include `db.teamEntries` and `db.teamVersionPages`.
 *
 * @example
 * (await knownVersions('w-1', ['e-1'])).get('e-1')?.fieldVersions // { notes: 12, severity: 3, … }
 */
export async function knownVersions(workspace: string, ids: readonly string[]): Promise<Map<string, KnownVersions>> {
  const [records, known] = await Promise.all([db.teamEntries.bulkGet([...ids]), pagedVersions(workspace, ids)]);
  for (const record of records) {
    // The same sequence is the same server state: the per-entry record also says its conflicts.
    if (record?.workspace === workspace && record.seq >= (known.get(record.id)?.seq ?? 0)) known.set(record.id, record);
  }
  return known;
}
