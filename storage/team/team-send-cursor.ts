import { db } from '../db';

/**
 * How far a stream of local records (audit entries by id, captures by chain position) has
 * been sent to one workspace: `db.meta` key → `{ workspace, last }`. Another workspace starts
 * again from 0. Move it in the same transaction that stores the receipts.
 */
interface SendCursor {
  workspace: string;
  last: number;
}

export async function sentUpTo(key: string, workspace: string): Promise<number> {
  const stored = (await db.meta.get(key))?.value as SendCursor | undefined;
  return stored?.workspace === workspace ? stored.last : 0;
}

/** Inside a transaction that includes `db.meta`. */
export async function markSentUpTo(key: string, workspace: string, last: number): Promise<void> {
  await db.meta.put({ key, value: { workspace, last } satisfies SendCursor });
}
