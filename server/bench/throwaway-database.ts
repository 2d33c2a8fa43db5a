import { randomBytes } from 'node:crypto';
import { openPostgres } from '../db/pg-database';

/**
 * Runs `work` with the URL of a new, empty database on the PostgreSQL cluster at `clusterUrl`
 * and drops it afterwards, so a load run never writes into a team's own (append-only) trail.
 * Needs a role that may CREATE DATABASE (the one with-postgres.sh starts has it).
 */
export async function withThrowawayDatabase<T>(clusterUrl: string, work: (url: string) => Promise<T>): Promise<T> {
  const name = `sg_bench_${randomBytes(5).toString('hex')}`;
  const admin = openPostgres(clusterUrl, { asOwner: true, max: 1 });
  try {
    await admin.exec(`CREATE DATABASE ${name}`);
    const url = new URL(clusterUrl);
    url.pathname = `/${name}`;
    try {
      return await work(url.toString());
    } finally {
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  } finally {
    await admin.close();
  }
}

/** The PostgreSQL to load, if any: DATABASE_URL, or the one server/scripts/with-postgres.sh started. */
export function benchClusterUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.DATABASE_URL || env.TEST_DATABASE_URL || undefined;
}
