import type { WatchlistEntry } from './watchlist-schema';

/**
 * How the watchlist's entries are laid out in IndexedDB: several hundred to a chunk record
 * (`db.watchlistChunks`, indexed on `id, *orderIds, *proxyEmails`), and a directory in
 * `db.meta` saying which chunk holds each entry. Pure: the schema's migration and the store
 * (watchlist-records.ts) share it.
 */

/** Most entries one chunk holds; an edit rewrites its entry's chunk, so a chunk stays a few hundred KB. */
export const CHUNK_ENTRIES = 500;

/** `db.meta` key of the directory. */
export const WATCHLIST_DIRECTORY_KEY = 'watchlist-directory';

/** One stored chunk: its entries, and every order id and proxy email among them (the indexes). */
export interface WatchlistChunk {
  id: number;
  entries: WatchlistEntry[];
  orderIds: string[];
  proxyEmails: string[];
}

/** Which chunk holds each entry (by entry id), and the newest chunk's id (0: none yet). */
export interface WatchlistDirectory {
  chunkOf: Record<string, number>;
  last: number;
}

/** The chunk record `id` holding `entries`. */
export function chunkRecord(id: number, entries: WatchlistEntry[]): WatchlistChunk {
  return {
    id,
    entries,
    orderIds: [...new Set(entries.flatMap((entry) => entry.orderIds))],
    proxyEmails: [...new Set(entries.flatMap((entry) => entry.proxyEmails))],
  };
}

/** `entries` laid out in full chunks from id 1, with their directory. */
export function layOut(entries: readonly WatchlistEntry[]): { chunks: WatchlistChunk[]; directory: WatchlistDirectory } {
  const chunks: WatchlistChunk[] = [];
  const directory: WatchlistDirectory = { chunkOf: {}, last: 0 };
  for (let start = 0; start < entries.length; start += CHUNK_ENTRIES) {
    const id = ++directory.last;
    const part = entries.slice(start, start + CHUNK_ENTRIES);
    for (const entry of part) directory.chunkOf[entry.id] = id;
    chunks.push(chunkRecord(id, part));
  }
  return { chunks, directory };
}
