import { db } from '../db';
import { CHUNK_ENTRIES, chunkRecord, WATCHLIST_DIRECTORY_KEY as DIRECTORY_KEY, type WatchlistDirectory } from './watchlist-chunks';
import type { WatchlistEntry } from './watchlist-schema';

/**
 * The watchlist's entries as the rest of the code reads and writes them, stored several
 * hundred to a record (watchlist-chunks.ts says how). IndexedDB in Chromium spends most of a
 * write on the number of records, not their size: a team's first sync of 10,000 entries wrote
 * 10,000 records in about 1.8 s, and writes 20 in well under 0.2 s. Every reader asks here,
 * never the table, and whole-list reads (matching, the options list) read a few records
 * instead of thousands. Each function runs in the caller's transaction when it holds
 * `WATCHLIST_STORES`, else in its own.
 */

/** The tables a transaction touching the watchlist must include. */
export const WATCHLIST_STORES = [db.watchlistChunks, db.meta];

async function readDirectory(): Promise<WatchlistDirectory> {
  const stored = (await db.meta.get(DIRECTORY_KEY))?.value as WatchlistDirectory | undefined;
  return { chunkOf: { ...stored?.chunkOf }, last: stored?.last ?? 0 };
}

const reading = <T>(read: () => Promise<T>) => db.transaction('r', WATCHLIST_STORES, read);
const writing = <T>(write: () => Promise<T>) => db.transaction('rw', WATCHLIST_STORES, write);

/** The stored entries of `ids`, in their order (undefined: not listed). */
export function readEntries(ids: readonly string[]): Promise<(WatchlistEntry | undefined)[]> {
  return reading(async () => {
    const { chunkOf } = await readDirectory();
    const chunkIds = [...new Set(ids.flatMap((id) => (chunkOf[id] === undefined ? [] : [chunkOf[id]])))];
    const byId = new Map<string, WatchlistEntry>();
    for (const chunk of await db.watchlistChunks.bulkGet(chunkIds)) for (const entry of chunk?.entries ?? []) byId.set(entry.id, entry);
    return ids.map((id) => byId.get(id));
  });
}

export async function readEntry(id: string): Promise<WatchlistEntry | undefined> {
  return (await readEntries([id]))[0];
}

/** Every stored entry, active and cleared, in no particular order. */
export function readAllEntries(): Promise<WatchlistEntry[]> {
  return reading(async () => (await db.watchlistChunks.toArray()).flatMap((chunk) => chunk.entries));
}

/** How many entries are stored. */
export function countEntries(): Promise<number> {
  return reading(async () => Object.keys((await readDirectory()).chunkOf).length);
}

/** Entries holding any of these proxy emails or order ids, each once (found through the chunks' indexes; each key belongs to one entry at most). */
export function readEntriesWithKeys(proxyEmails: readonly string[], orderIds: readonly string[]): Promise<WatchlistEntry[]> {
  return reading(async () => {
    const chunks = [
      ...(proxyEmails.length ? await db.watchlistChunks.where('proxyEmails').anyOf([...proxyEmails]).toArray() : []),
      ...(orderIds.length ? await db.watchlistChunks.where('orderIds').anyOf([...orderIds]).toArray() : []),
    ];
    const emails = new Set(proxyEmails);
    const orders = new Set(orderIds);
    const found = new Map<string, WatchlistEntry>();
    for (const entry of chunks.flatMap((chunk) => chunk.entries)) {
      if (entry.proxyEmails.some((email) => emails.has(email)) || entry.orderIds.some((order) => orders.has(order))) found.set(entry.id, entry);
    }
    return [...found.values()];
  });
}

/**
 * Store `entries`, replacing any stored entry with the same id (the last of equal ids wins).
 * New entries fill the newest chunk, then new ones: a page of a first sync is a few records.
 * An edit reads and writes its entry's chunk alone; the directory is written only when an
 * entry was added to it.
 */
export function writeEntries(entries: readonly WatchlistEntry[]): Promise<void> {
  if (!entries.length) return Promise.resolve();
  return writing(async () => {
    const directory = await readDirectory();
    const incoming = new Map(entries.map((entry) => [entry.id, entry]));
    const listedIn = new Set([...incoming.keys()].flatMap((id) => (directory.chunkOf[id] === undefined ? [] : [directory.chunkOf[id]])));
    const anyNew = [...incoming.keys()].some((id) => directory.chunkOf[id] === undefined);
    const chunks = new Map<number, WatchlistEntry[]>();
    for (const chunk of await db.watchlistChunks.bulkGet([...new Set([...listedIn, ...(anyNew ? [directory.last] : [])])])) {
      if (chunk) chunks.set(chunk.id, chunk.entries.map((entry) => incoming.get(entry.id) ?? entry));
    }
    const stored = new Set([...chunks.values()].flatMap((list) => list.map((entry) => entry.id)));
    const touched = new Set([...listedIn].filter((id) => chunks.has(id)));
    let added = false;
    for (const entry of incoming.values()) {
      if (stored.has(entry.id)) continue;
      added = true;
      let open = chunks.get(directory.last);
      if (!open || open.length >= CHUNK_ENTRIES) chunks.set(++directory.last, (open = []));
      open.push(entry);
      directory.chunkOf[entry.id] = directory.last;
      touched.add(directory.last);
    }
    await db.watchlistChunks.bulkPut([...touched].map((id) => chunkRecord(id, chunks.get(id)!)));
    if (added) await db.meta.put({ key: DIRECTORY_KEY, value: directory });
  });
}

/** Remove the entry `id`; false when it was not stored. */
export function removeEntry(id: string): Promise<boolean> {
  return writing(async () => {
    const directory = await readDirectory();
    const chunkId = directory.chunkOf[id];
    if (chunkId === undefined) return false;
    const rest = ((await db.watchlistChunks.get(chunkId))?.entries ?? []).filter((entry) => entry.id !== id);
    if (rest.length) await db.watchlistChunks.put(chunkRecord(chunkId, rest));
    else await db.watchlistChunks.delete(chunkId);
    delete directory.chunkOf[id];
    await db.meta.put({ key: DIRECTORY_KEY, value: directory });
    return true;
  });
}
