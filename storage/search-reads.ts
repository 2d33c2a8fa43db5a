import { db } from './db';

/**
 * Raw IndexedDB key reads for the archive search: the native
 * `getAllKeys({ query, count, direction })` reads the first N ids of an index key or range in
 * one request, which Dexie cannot. Every read opens its own read-only transaction (cheap), so
 * no transaction has to stay alive across awaits.
 *
 * Capture ids sort newest first (rules/capture-id.ts), so within one index key IndexedDB keeps
 * them newest first, a forward read gives the newest, and a date range is a range of ids.
 * Backward reads and `continuePrimaryKey` are avoided: both are slow in Chromium's IndexedDB.
 */

export type CaptureIndex = 'tokens' | 'orderId' | 'kind';

/** Ids in `[lower, upper)` (captures taken before the `to:` date and at or after `from:`); null = open. */
export interface IdWindow {
  lower: string | null;
  upper: string | null;
}
export const ALL_IDS: IdWindow = { lower: null, upper: null };

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function store(): Promise<IDBObjectStore> {
  if (!db.isOpen()) await db.open();
  return db.backendDB().transaction('captures', 'readonly').objectStore('captures');
}

/** Up to `count` ids under an index key or range, in index order (key, then newest first). */
export async function readIndex(index: CaptureIndex, range: IDBKeyRange, count: number): Promise<string[]> {
  return (await request((await store()).index(index).getAllKeys(range, count))) as string[];
}

/**
 * Up to `count + 1` distinct index keys starting with `prefix` (the words a prefix stands
 * for). Jumps from key to key: walking a 'nextunique' cursor would step over every entry.
 */
export async function distinctKeys(index: CaptureIndex, prefix: string, count: number): Promise<string[]> {
  const req = (await store()).index(index).openKeyCursor(IDBKeyRange.bound(prefix, `${prefix}\uffff`));
  const keys: string[] = [];
  return new Promise((resolve, reject) => {
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve(keys);
      const key = cursor.key as string;
      keys.push(key);
      if (keys.length > count) return resolve(keys);
      cursor.continue(`${key}\u0000`);
    };
  });
}

/** Up to `count` ids of the table, newest first, inside `window` and after the id `after`. */
export async function readTable(after: string | null, window: IdWindow, count: number): Promise<string[]> {
  const lower = after !== null && (window.lower === null || after >= window.lower) ? after : window.lower;
  const lowerOpen = lower !== null && lower === after;
  const range =
    lower !== null && window.upper !== null
      ? lower < window.upper
        ? IDBKeyRange.bound(lower, window.upper, lowerOpen, true)
        : null
      : lower !== null
        ? IDBKeyRange.lowerBound(lower, lowerOpen)
        : window.upper !== null
          ? IDBKeyRange.upperBound(window.upper, true)
          : undefined;
  if (range === null) return [];
  return (await request((await store()).getAllKeys(range, count))) as string[];
}
