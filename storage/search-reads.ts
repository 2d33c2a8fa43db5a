import { db } from './db';

/**
 * Raw IndexedDB key reads for the archive search. Dexie has no "newest N keys of an index
 * key" read; the native `getAllKeys({ query, count, direction })` does it in one request,
 * and `continuePrimaryKey` jumps inside one index key. Every read opens its own read-only
 * transaction (cheap), so no transaction has to stay alive across awaits.
 *
 * Capture ids are UUIDv7 (time-ordered), so within one index key IndexedDB keeps them in
 * capture-time order, and a date range is a range of ids.
 */

export type CaptureIndex = 'tokens' | 'orderId' | 'kind';

/** Ids in `[lower, upper)`; either end open when null. */
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

// Chrome 141+ (and fake-indexeddb) take an options object with a direction; older engines do not.
const HAS_GET_ALL_OPTIONS = typeof IDBIndex !== 'undefined' && 'getAllRecords' in IDBIndex.prototype;

async function getAllKeysDesc(from: IDBObjectStore | IDBIndex, range: IDBKeyRange | null, count: number): Promise<string[]> {
  if (HAS_GET_ALL_OPTIONS) {
    const getAllKeys = from.getAllKeys as unknown as (options: object) => IDBRequest<IDBValidKey[]>;
    return (await request(getAllKeys.call(from, { query: range, count, direction: 'prev' }))) as string[];
  }
  return cursorKeys(from.openKeyCursor(range, 'prev'), count, null, null);
}

/** Up to `count` ids under an index range (in index order: by key, then newest first). */
export async function readIndexRange(index: CaptureIndex, range: IDBKeyRange, count: number): Promise<string[]> {
  return getAllKeysDesc((await store()).index(index), range, count);
}

/** Up to `count + 1` distinct index keys starting with `prefix` (the words a prefix stands for). */
export async function distinctKeys(index: CaptureIndex, prefix: string, count: number): Promise<string[]> {
  const req = (await store()).index(index).openKeyCursor(IDBKeyRange.bound(prefix, `${prefix}\uffff`), 'nextunique');
  const keys: string[] = [];
  return new Promise((resolve, reject) => {
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve(keys);
      keys.push(cursor.key as string);
      if (keys.length > count) return resolve(keys);
      cursor.continue();
    };
  });
}

/**
 * Up to `count` ids filed under one index key, newest first, strictly older than `below`
 * (when given) and inside `window`.
 */
export async function readKeyDesc(index: CaptureIndex, key: IDBValidKey, below: string | null, window: IdWindow, count: number): Promise<string[]> {
  const from = (await store()).index(index);
  const upper = minId(below, window.upper);
  const ids =
    upper === null ? await getAllKeysDesc(from, IDBKeyRange.only(key), count) : await cursorKeys(from.openKeyCursor(IDBKeyRange.only(key), 'prev'), count, { key, below: upper }, window.lower);
  return window.lower === null ? ids : ids.filter((id) => id >= window.lower!);
}

/** Up to `count` capture ids of the whole table, newest first, below `below` and inside `window`. */
export async function readTableDesc(below: string | null, window: IdWindow, count: number): Promise<string[]> {
  const upper = minId(below, window.upper);
  const range =
    window.lower !== null && upper !== null
      ? IDBKeyRange.bound(window.lower, upper, false, true)
      : window.lower !== null
        ? IDBKeyRange.lowerBound(window.lower)
        : upper !== null
          ? IDBKeyRange.upperBound(upper, true)
          : null;
  return getAllKeysDesc(await store(), range, count);
}

function minId(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

function cursorKeys(req: IDBRequest<IDBCursor | null>, count: number, skipTo: { key: IDBValidKey; below: string } | null, lower: string | null): Promise<string[]> {
  const keys: string[] = [];
  let positioned = skipTo === null;
  return new Promise((resolve, reject) => {
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor || keys.length >= count) return resolve(keys);
      const pk = cursor.primaryKey as string;
      if (!positioned) {
        positioned = true;
        if (pk >= skipTo!.below) return cursor.continuePrimaryKey(skipTo!.key, skipTo!.below);
      }
      if (skipTo && pk >= skipTo.below) return cursor.continue();
      if (lower !== null && pk < lower) return resolve(keys);
      keys.push(pk);
      if (keys.length >= count) return resolve(keys);
      cursor.continue();
    };
  });
}
