import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { db, SellerGuardDb } from '../../../storage/db';
import { countOpenConflicts } from '../../../storage/team/team-outbox-settle';
import { knownVersions } from '../../../storage/team/team-version-pages';
import { SCHEMA_HISTORY } from '../../../storage/schema-history';
import { SEED_RECORDS } from './seed-records';
import { CHUNK_ENTRIES, WATCHLIST_DIRECTORY_KEY, type WatchlistChunk } from '../../../storage/watchlist/watchlist-chunks';
import { countEntries, readAllEntries, readEntriesWithKeys, readEntry, writeEntries } from '../../../storage/watchlist/watchlist-records';
import type { WatchlistEntry } from '../../../storage/watchlist/watchlist-schema';

/** Open a database at one historical version with exactly that version's steps. */
function openAt(name: string, version: number): Dexie {
  const old = new Dexie(name);
  for (const step of SCHEMA_HISTORY.filter((s) => s.version <= version)) {
    const v = old.version(step.version).stores(step.stores);
    if (step.upgrade) v.upgrade(step.upgrade);
  }
  return old;
}

function tablesAt(version: number): string[] {
  const tables = new Set<string>();
  for (const step of SCHEMA_HISTORY.filter((s) => s.version <= version)) {
    for (const [table, schema] of Object.entries(step.stores)) {
      if (schema === null) tables.delete(table);
      else tables.add(table);
    }
  }
  return [...tables];
}

/**
 * The records of `table` as `current` holds them now: the watchlist's entries moved into
 * chunk records in v9, beside the directory the move added to `meta`.
 */
async function storedRecords(current: Dexie, table: string): Promise<unknown[]> {
  if (table === 'watchlist') return (await current.table<WatchlistChunk>('watchlistChunks').toArray()).flatMap((chunk) => chunk.entries);
  const stored = await current.table(table).toArray();
  return table === 'meta' ? stored.filter((record) => record.key !== WATCHLIST_DIRECTORY_KEY) : stored;
}

/**
 * The app's own database as version `version` left it (seed records, then `more`), opened by
 * the code: its readers run against the upgraded records.
 */
async function upgradeOwnDatabaseFrom(version: number, more: (old: Dexie) => Promise<unknown> = async () => undefined): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
  const old = openAt(db.name, version);
  await old.open();
  for (const table of tablesAt(version)) await old.table(table).bulkAdd(SEED_RECORDS[table]!);
  await more(old);
  old.close();
  await db.open();
}

const upgrades = SCHEMA_HISTORY.filter((step) => step.version > 1).map((step) => step.version);

describe('IndexedDB migrations', () => {
  it('has at least one version bump to test', () => {
    expect(upgrades.length).toBeGreaterThan(0);
  });

  it.each(upgrades)('opening a v%i database keeps every record written by the version before', async (version) => {
    const name = `migration-test-${version}-${Math.random()}`;
    const old = openAt(name, version - 1);
    await old.open();
    const tables = tablesAt(version - 1);
    for (const table of tables) {
      const seeds = SEED_RECORDS[table];
      expect(seeds, `seed records for table "${table}"`).toBeDefined();
      await old.table(table).bulkAdd(seeds!);
    }
    old.close();

    const current = new SellerGuardDb(name);
    await current.open();
    for (const table of tables) {
      const stored = await storedRecords(current, table);
      expect(stored, `records of "${table}" after upgrade to v${version}`).toEqual(
        expect.arrayContaining(SEED_RECORDS[table]!.map((seed) => expect.objectContaining(seed))),
      );
      expect(stored).toHaveLength(SEED_RECORDS[table]!.length);
    }
    current.close();
    await Dexie.delete(name);
  });

  it('version 4 (team sync) opens a v3 database with its audit log untouched and nothing waiting to be sent', async () => {
    const name = `migration-v4-${Math.random()}`;
    const old = openAt(name, 3);
    await old.open();
    for (const table of tablesAt(3)) await old.table(table).bulkAdd(SEED_RECORDS[table]!);
    old.close();
    const current = new SellerGuardDb(name);
    await current.open();
    expect(await current.audit.toArray()).toEqual(SEED_RECORDS.audit);
    expect(await storedRecords(current, 'watchlist')).toEqual(SEED_RECORDS.watchlist);
    expect([await current.teamOutbox.count(), await current.teamEntries.count(), await current.teamAttestations.count()]).toEqual([0, 0, 0]);
    current.close();
    await Dexie.delete(name);
  });

  it('version 7 drops the unused name-key and team workspace indexes; every lookup the code makes still finds the v6 records', async () => {
    const name = `migration-v7-${Math.random()}`;
    const old = openAt(name, 6);
    await old.open();
    for (const table of tablesAt(6)) await old.table(table).bulkAdd(SEED_RECORDS[table]!);
    old.close();
    const current = openAt(name, 7);
    await current.open();
    expect(current.table('watchlist').schema.indexes.map((index) => index.name).sort()).toEqual(['orderIds', 'proxyEmails', 'reviewDue', 'status']);
    expect(current.table('teamEntries').schema.indexes.map((index: { name: string }) => index.name)).toEqual(['[workspace+openConflicts]']);
    const [entry] = SEED_RECORDS.watchlist as { id: string; status: string; reviewDue: string; proxyEmails: string[]; orderIds: string[] }[];
    const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
    const watchlist = current.table<{ id: string }>('watchlist');
    expect(ids(await watchlist.where('status').equals(entry!.status).toArray())).toContain(entry!.id);
    expect(ids(await watchlist.where('reviewDue').belowOrEqual(entry!.reviewDue).toArray())).toContain(entry!.id);
    expect(ids(await watchlist.where('proxyEmails').equals(entry!.proxyEmails[0]!).toArray())).toContain(entry!.id);
    expect(ids(await watchlist.where('orderIds').equals(entry!.orderIds[0]!).toArray())).toContain(entry!.id);
    const open = await current.table<{ id: string }>('teamEntries').where('[workspace+openConflicts]').between(['ws-1', 1], ['ws-1', Infinity], true, true).toArray();
    expect(open.map((versions: { id: string }) => versions.id)).toEqual(['w-1']);
    current.close();
    await Dexie.delete(name);
  });

  it('version 8 (team versions a page at a time) keeps every v7 team version an edit bases on, and its conflicts counted', async () => {
    await upgradeOwnDatabaseFrom(7);
    expect(db.verno).toBe(SCHEMA_HISTORY.at(-1)!.version);
    expect(await db.teamVersionPages.count()).toBe(0);
    const seeded = SEED_RECORDS.teamEntries![0] as { id: string; workspace: string; fieldVersions: object };
    const known = await db.transaction('r', [db.teamEntries, db.teamVersionPages], () => knownVersions(seeded.workspace, [seeded.id]));
    expect(known.get(seeded.id)).toMatchObject({ seq: 12, fieldVersions: seeded.fieldVersions });
    expect(await countOpenConflicts(seeded.workspace)).toBe(1);
    await Promise.all(db.tables.map((table) => table.clear()));
  });

  it('version 9 (the watchlist in chunks) moves every v8 entry, and every read, lookup and write finds them', async () => {
    const seeded = SEED_RECORDS.watchlist![0] as WatchlistEntry;
    // More than one chunk's worth, so the move spans several records.
    const many = Array.from({ length: CHUNK_ENTRIES + 7 }, (_, i) => ({ ...seeded, id: `w-many-${i}`, proxyEmails: [], orderIds: [`113-${String(1_000_000 + i).slice(-7)}-0000001`] }));
    await upgradeOwnDatabaseFrom(8, (old) => old.table('watchlist').bulkAdd(many));
    expect(db.tables.map((table) => table.name)).not.toContain('watchlist');
    expect(await db.watchlistChunks.count()).toBe(2);
    expect(await countEntries()).toBe(many.length + 1);
    const all = await readAllEntries();
    expect(all).toEqual(expect.arrayContaining([seeded, ...many]));
    expect(await readEntry(seeded.id)).toEqual(seeded);
    expect(await readEntriesWithKeys(seeded.proxyEmails, [])).toEqual([seeded]);
    expect((await readEntriesWithKeys([], [many[CHUNK_ENTRIES + 3]!.orderIds[0]!])).map((entry) => entry.id)).toEqual([`w-many-${CHUNK_ENTRIES + 3}`]);
    // A write after the move: an edit stays in its chunk, a new entry fills the newest one.
    await writeEntries([{ ...seeded, notes: 'edited' }, { ...seeded, id: 'w-new', proxyEmails: [], orderIds: ['114-0000000-0000001'] }]);
    expect([await db.watchlistChunks.count(), await countEntries(), (await readEntry(seeded.id))?.notes, (await readEntry('w-new'))?.id]).toEqual([2, many.length + 2, 'edited', 'w-new']);
    await Promise.all(db.tables.map((table) => table.clear()));
  });

  it('a fresh database opens at the newest version with every table', async () => {
    const fresh = new SellerGuardDb(`fresh-${Math.random()}`);
    await fresh.open();
    expect(fresh.verno).toBe(SCHEMA_HISTORY.at(-1)!.version);
    expect(fresh.tables.map((t) => t.name).sort()).toEqual(tablesAt(fresh.verno).sort());
    fresh.close();
  });
});
