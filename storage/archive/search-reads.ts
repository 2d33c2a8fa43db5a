import type { CaptureRecord } from '../capture/capture-schema';
import { db } from '../db';

/**
 * Raw IndexedDB key reads for the archive search: the native
 * `getAllKeys({ query, count, direction })` reads the first N ids of an index key or range in
 * one request, which Dexie cannot. Every read opens its own read-only transaction (cheap), so
 * no transaction has to stay alive across awaits.
 *
 * Capture ids sort newest first (rules/capture/capture-id.ts), so within one index key IndexedDB keeps
 * them newest first, a forward read gives the newest, and a date range is a range of ids.
 * Backward index reads are avoided: Chromium's IndexedDB makes them an order of magnitude
 * slower. A forward `continuePrimaryKey` (one seek, about 3 ms) starts a read inside a key.
 */

export type CaptureIndex = 'tokens' | 'orderId' | 'kind';

/** Ids in `[lower, upper)` (captures taken before the `to:` date and at or after `from:`); null = open. */
export interface IdWindow {
  lower: string | null;
  upper: string | null;
}

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
 * Up to `count` ids filed under one index key, newest first, from the id `from` on
 * (`inclusive`, or strictly after it). Seeks there with one `continuePrimaryKey`.
 */
export async function readIndexFrom(index: CaptureIndex, key: string, from: string, inclusive: boolean, count: number): Promise<string[]> {
  const req = (await store()).index(index).openKeyCursor(IDBKeyRange.only(key));
  const ids: string[] = [];
  let sought = false;
  return new Promise((resolve, reject) => {
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve(ids);
      const id = cursor.primaryKey as string;
      if (id < from && !sought) {
        sought = true;
        return cursor.continuePrimaryKey(key, from);
      }
      if (id > from || (inclusive && id === from)) ids.push(id);
      if (ids.length >= count) return resolve(ids);
      cursor.continue();
    };
  });
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

/** The newest and the oldest capture ids (reading the table backwards is fast; only indexes are slow). */
export async function readTableEnds(): Promise<[string, string] | null> {
  const captures = await store();
  const getAllKeys = captures.getAllKeys as unknown as (options: object) => IDBRequest<IDBValidKey[]>;
  const [newest, oldest] = await Promise.all([
    request(captures.getAllKeys(null, 1)),
    'getAllRecords' in IDBObjectStore.prototype ? request(getAllKeys.call(captures, { query: null, count: 1, direction: 'prev' })) : request(captures.getAllKeys()).then((all) => all.slice(-1)),
  ]);
  return newest[0] && oldest[0] ? [newest[0] as string, oldest[0] as string] : null;
}

/**
 * Captures by id, in the order asked (undefined for one no longer stored), read in one
 * read-only transaction without Dexie's bookkeeping: the records a search checks and shows.
 */
export async function readCaptures(ids: readonly string[]): Promise<(CaptureRecord | undefined)[]> {
  if (!ids.length) return [];
  const captures = await store();
  return Promise.all(ids.map((id) => request(captures.get(id) as IDBRequest<CaptureRecord | undefined>)));
}
