import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from './database';
import { migrate } from './migrate';
import { openPglite } from './pglite-database';
import { openPostgres } from './pg-database';

export interface DatabaseConfig {
  /** A real PostgreSQL, when set. */
  databaseUrl?: string;
  /** The data folder (PGlite's files live in `DIR/pgdata`). */
  dataDir: string;
  /** Schema to use (tests); default the connection's search_path. */
  schema?: string;
  poolSize?: number;
}

/**
 * Opens the configured database, applies pending migrations as its owner, and returns a
 * handle whose queries run as the restricted application role.
 */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) {
    const owner = openPostgres(config.databaseUrl, { asOwner: true, max: 1, schema: config.schema });
    try {
      await migrate(owner);
    } finally {
      await owner.close();
    }
    return openPostgres(config.databaseUrl, { schema: config.schema, max: config.poolSize });
  }
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  const db = await openPglite(path.join(config.dataDir, 'pgdata'));
  try {
    await migrate(db);
    await db.restrict(config.schema);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/** The URL with any password hidden, for printing. */
export function describeDatabase(config: DatabaseConfig): string {
  if (!config.databaseUrl) return `PGlite (embedded PostgreSQL) in ${path.resolve(config.dataDir, 'pgdata')}`;
  const url = new URL(config.databaseUrl);
  if (url.password) url.password = '***';
  return `PostgreSQL at ${url.toString()}`;
}
