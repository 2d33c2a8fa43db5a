import { PGlite } from '@electric-sql/pglite';
import { APP_ROLE, type Database, type Queryable } from './database';

/**
 * PGlite (PostgreSQL compiled to WebAssembly, in this process) keeping its files in
 * `dataDir`, or in memory when none. One PGlite is one session: it runs queries one at a
 * time, and a transaction holds it until done. The session switches to the application role
 * (and schema) once migrations are done, through `restrict()`.
 */
export interface PgliteDatabase extends Database {
  readonly pglite: PGlite;
  /** SET ROLE to the application role and search_path to `schema`. */
  restrict(schema?: string): Promise<void>;
}

export async function openPglite(dataDir?: string): Promise<PgliteDatabase> {
  const pglite = await PGlite.create(dataDir);
  // PGlite runs no autovacuum, so its tables keep the planner's empty-table guesses; at the
  // default random_page_cost (4, for spinning disks) those pick a bitmap scan plus a sort of
  // every row after a pull's cursor (each page of a first sync re-read the rest of the list).
  // Its pages are local and cached: the usual SSD setting makes a pull one ordered index range.
  await pglite.exec('SET random_page_cost = 1.1');
  const query: Queryable['query'] = async (sql, params) => pglite.query(sql, params as unknown[]);
  return {
    kind: 'pglite',
    pglite,
    query,
    exec: async (sql) => void (await pglite.exec(sql)),
    transaction: (work) =>
      pglite.transaction((tx) =>
        work({ query: async (sql, params) => tx.query(sql, params as unknown[]), exec: async (sql) => void (await tx.exec(sql)) }),
      ),
    async restrict(schema) {
      if (schema) await pglite.exec(`SET search_path TO "${schema.replaceAll('"', '""')}"`);
      await pglite.exec(`SET ROLE ${APP_ROLE}`);
    },
    close: () => pglite.close(),
  };
}
