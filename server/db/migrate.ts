import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Queryable } from './database';

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The files `NNN-name.sql` in the migrations folder, in order. */
export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => /^\d{3}-[a-z0-9-]+\.sql$/.test(file)).sort();
  return Promise.all(
    files.map(async (file) => ({
      version: Number(file.slice(0, 3)),
      name: file.slice(4, -4),
      sql: await readFile(path.join(dir, file), 'utf8'),
    })),
  );
}

/**
 * Applies the migrations not applied yet, all in one transaction with the
 * `schema_migrations` table (so a failing migration leaves the database as it was). An
 * advisory lock makes two servers starting at once apply them once. `upTo` stops early
 * (tests migrate from every earlier version). Run as the database owner, not the app role.
 * Returns the versions applied.
 */
export async function migrate(
  db: { transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> },
  options: { upTo?: number; migrations?: Migration[] } = {},
): Promise<number[]> {
  const migrations = options.migrations ?? (await loadMigrations());
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.seller_guard_migrations'))`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((row) => Number(row.version)),
    );
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version) || migration.version > (options.upTo ?? Infinity)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      applied.push(migration.version);
    }
    return applied;
  });
}
