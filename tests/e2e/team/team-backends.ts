import { randomBytes } from 'node:crypto';
import { openPostgres } from '../../../server/db/pg-database';

/** Where an end-to-end team server keeps its data: PGlite always, PostgreSQL too under `with-postgres.sh`. */
export interface TeamBackend {
  name: string;
  /** Environment for the server process (a fresh database, so its first start prints an admin invite). */
  env(): Promise<Record<string, string>>;
}

export const PGLITE: TeamBackend = { name: 'PGlite', env: async () => ({ DATABASE_URL: '' }) };

/** A fresh database on the cluster `TEST_DATABASE_URL` names (set by server/scripts/with-postgres.sh). */
async function freshDatabase(clusterUrl: string): Promise<string> {
  const name = `sg_e2e_${randomBytes(5).toString('hex')}`;
  const admin = openPostgres(clusterUrl, { asOwner: true, max: 1 });
  await admin.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** PGlite, and PostgreSQL when the suite runs under with-postgres.sh (`npm test`). */
export function teamBackends(): TeamBackend[] {
  const cluster = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!cluster) return [PGLITE];
  return [PGLITE, { name: 'PostgreSQL', env: async () => ({ DATABASE_URL: await freshDatabase(cluster) }) }];
}
