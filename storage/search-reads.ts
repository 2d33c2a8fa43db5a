import { db } from './db';

/**
 * Raw IndexedDB key reads for the archive search. Dexie has no "newest N keys of an index
 * key" read; the native `getAllKeys({ query, count, direction })` does it in one request.
 * Every read opens its own read-only transaction (cheap), so no transaction has to stay
 * alive across awaits.
 */

/** Where keys are read from: an index of `captures` (or the table itself) and a key range. */
export interface KeySource {
  index: 'tokens' | 'orderId' | 'kind' | 'capturedAt' | null;
  range: IDBKeyRange | null;
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

async function target(source: KeySource): Promise<IDBObjectStore | IDBIndex> {
  const captures = await store();
  return source.index ? captures.index(source.index) : captures;
}

// Chrome 141+ (and fake-indexeddb) take an options object with a direction; older engines do not.
const HAS_GET_ALL_OPTIONS = typeof IDBIndex !== 'undefined' && 'getAllRecords' in IDBIndex.prototype;

/**
 * Up to `count` capture ids from `source`, in index order (ids descending within one index
 * key, which is newest first since capture ids are time-ordered).
 */
export async function readKeysDesc(source: KeySource, count: number): Promise<string[]> {
  const from = await target(source);
  if (HAS_GET_ALL_OPTIONS) {
    const getAllKeys = from.getAllKeys as unknown as (options: object) => IDBRequest<IDBValidKey[]>;
    return (await request(getAllKeys.call(from, { query: source.range, count, direction: 'prev' }))) as string[];
  }
  return cursorKeys(from.openKeyCursor(source.range, 'prev'), count, null);
}

/**
 * Up to `count` ids of captures filed under one index key (or, with `index: null`, of the
 * table in `range`), strictly older than the id `below`, newest first.
 */
export async function readKeysBelow(source: KeySource, key: IDBValidKey | null, below: string, count: number): Promise<string[]> {
  const from = await target(source);
  if (!source.index) {
    const lower = source.range?.lower as string | undefined;
    const range = lower === undefined ? IDBKeyRange.upperBound(below, true) : IDBKeyRange.bound(lower, below, source.range!.lowerOpen, true);
    return readKeysDesc({ index: null, range }, count);
  }
  return cursorKeys(from.openKeyCursor(source.range, 'prev'), count, { key: key!, below });
}

function cursorKeys(req: IDBRequest<IDBCursor | null>, count: number, skipTo: { key: IDBValidKey; below: string } | null): Promise<string[]> {
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
      keys.push(pk);
      if (keys.length >= count) return resolve(keys);
      cursor.continue();
    };
  });
}
