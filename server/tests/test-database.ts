import { randomBytes } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from '../db/database';
import { migrate } from '../db/migrate';
import { openPglite, type PgliteDatabase } from '../db/pglite-database';
import { openPostgres } from '../db/pg-database';

/** Every database test runs on both. */
export const BACKENDS = ['pglite', 'postgres'] as const;
export type Backend = (typeof BACKENDS)[number];

export interface TestDatabase {
  backend: Backend;
  /** The application's handle (restricted role), as the server uses it. */
  db: Database;
  /** The owner's connection, for what only tests may do (trying forbidden statements as the owner, migrating). */
  owner: Owner;
  schema: string;
  /** For PostgreSQL: a URL whose connections land in this test's schema. */
  url: string | null;
  close(): Promise<void>;
}

/** The PostgreSQL for tests: set by server/scripts/with-postgres.sh. Missing is a failure, never a skip. */
export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the server tests with `npm run test:server` (server/scripts/with-postgres.sh starts PostgreSQL)');
  return url;
}

export type Owner = Queryable & Pick<Database, 'transaction'>;

let sharedPglite: Promise<PgliteDatabase> | null = null;

/** One in-memory PGlite per test file (it takes seconds to start); each test gets its own schema. */
function pglite(): Promise<PgliteDatabase> {
  sharedPglite ??= openPglite();
  return sharedPglite;
}

async function asPgliteOwner<T>(instance: PGlite, schema: string, work: () => Promise<T>): Promise<T> {
  await instance.exec('RESET ROLE');
  try {
    return await work();
  } finally {
    await instance.exec(`SET search_path TO ${schema}; SET ROLE seller_guard_app`);
  }
}

/**
 * A fresh schema on the backend, migrated up to `upTo` (all by default). On PGlite the
 * file's one session switches to it; tests in a file run one after another.
 */
export async function openTestDatabase(backend: Backend, options: { upTo?: number } = {}): Promise<TestDatabase> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  if (backend === 'pglite') {
    const db = await pglite();
    await db.exec(`RESET ROLE; CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
    await migrate(db, options);
    await db.restrict(schema);
    const owner: Owner = {
      query: (sql, params) => asPgliteOwner(db.pglite, schema, () => db.query(sql, params)),
      exec: (sql) => asPgliteOwner(db.pglite, schema, () => db.exec(sql)),
      transaction: (work) => asPgliteOwner(db.pglite, schema, () => db.transaction(work)),
    };
    return { backend, db, owner, schema, url: null, close: async () => {} };
  }
  const base = testDatabaseUrl();
  const admin = openPostgres(base, { asOwner: true, max: 1 });
  await admin.exec(`CREATE SCHEMA ${schema}`);
  await admin.close();
  const ownerDb = openPostgres(base, { asOwner: true, schema, max: 2 });
  await migrate(ownerDb, options);
  const db = openPostgres(base, { schema, max: 5 });
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    backend,
    db,
    owner: ownerDb,
    schema,
    url: url.toString(),
    close: async () => {
      await db.close();
      await ownerDb.close();
    },
  };
}
