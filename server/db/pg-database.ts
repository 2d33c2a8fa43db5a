import pg from 'pg';
import { APP_ROLE, isDatabaseDown, type Database, type Queryable } from './database';

/**
 * A pool of connections to a real PostgreSQL. Each connection runs as the restricted
 * application role and in the given schema (startup options, so a reconnect after a
 * PostgreSQL restart gets them too). A dropped connection is discarded by the pool and the
 * next query opens a new one, so the server recovers on its own when PostgreSQL is back.
 */
export function openPostgres(url: string, options: { schema?: string; max?: number; asOwner?: boolean } = {}): Database {
  const settings = [options.asOwner ? '' : `-c role=${APP_ROLE}`, options.schema ? `-c search_path=${options.schema}` : '']
    .filter(Boolean)
    .join(' ');
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 10_000,
    options: settings || undefined,
  });
  // An idle connection killed by a PostgreSQL restart must not crash the process.
  pool.on('error', () => {});
  const query = (async (sql: string, params?: readonly unknown[]) => pool.query(sql, params as unknown[])) as Queryable['query'];
  const exec = async (sql: string) => void (await pool.query(sql));
  return {
    kind: 'postgres',
    query,
    exec,
    async transaction(work) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work({
          query: (async (sql: string, params?: readonly unknown[]) => client.query(sql, params as unknown[])) as Queryable['query'],
          exec: async (sql) => void (await client.query(sql)),
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        broken = error as Error;
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        // A failed connection is thrown away rather than returned to the pool.
        client.release(broken && isDatabaseDown(broken) ? broken : undefined);
      }
    },
    close: () => pool.end(),
  };
}
