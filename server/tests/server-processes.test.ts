import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Each test starts server processes; PGlite takes a while to start on a busy machine.
const PROCESS_TEST_MS = 300_000;
import { openPostgres } from '../db/pg-database';
import { api, runCli, startServer, type ServerProcess } from './server-process';
import { testDatabaseUrl } from './test-database';

interface Receipts {
  receipts: { eventId: string; seq: number; duplicate: boolean }[];
}
interface Joined {
  token: string;
}

const events = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => ({ eventId: `event-${prefix}-${from + i}`, kind: 'capture', at: '2026-05-01T09:00:00Z', summary: `event ${from + i}` }));

/** A fresh database on the test cluster, so a server process runs in its default schema. */
async function freshDatabase(): Promise<string> {
  const name = `sg_${randomBytes(5).toString('hex')}`;
  const admin = openPostgres(testDatabaseUrl(), { asOwner: true, max: 1 });
  await admin.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function inviteByCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const run = runCli(['invite', ...args], env);
  expect(await run.exited, run.output()).toBe(0);
  const lastLine = run.output().trim().split('\n').at(-1)!;
  return lastLine.split(' ').at(-1)!;
}

describe('two server processes on one PostgreSQL', () => {
  let databaseUrl: string;
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    databaseUrl = await freshDatabase();
    a = await startServer([], { DATABASE_URL: databaseUrl });
    b = await startServer([], { DATABASE_URL: databaseUrl });
  }, PROCESS_TEST_MS);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
  });

  it('serve one team: invites from the CLI while they run, pushes to both, pulls from both, counted in the database', async () => {
    expect(a.firstInvite).toMatch(/^sgi_/);
    const admin = await api<Joined>(a.url, 'POST', '/v1/join', { body: { inviteCode: a.firstInvite } });
    expect(admin.status).toBe(200);
    const codes = [
      await inviteByCli(['--name', 'Agent One', '--role', 'agent'], { DATABASE_URL: databaseUrl }),
      await inviteByCli(['--name', 'Agent Two', '--role', 'agent'], { DATABASE_URL: databaseUrl }),
    ];
    const one = (await api<Joined>(a.url, 'POST', '/v1/join', { body: { inviteCode: codes[0] } })).body.token;
    const two = (await api<Joined>(b.url, 'POST', '/v1/join', { body: { inviteCode: codes[1] } })).body.token;
    const adds = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, i) => ({
        op: 'add',
        changeId: `${prefix}-change-${i}`,
        entryId: `${prefix}-entry-${i}`,
        at: '2026-05-01T09:00:00Z',
        entry: { orderIds: ['112-3456789-0123456'], reason: 'false-claim', severity: 'high' },
      }));
    await Promise.all([
      ...Array.from({ length: 5 }, (_, i) => api(a.url, 'POST', '/v1/audit/events', { token: one, body: { events: events('one', i * 20, i * 20 + 20) } })),
      ...Array.from({ length: 5 }, (_, i) => api(b.url, 'POST', '/v1/audit/events', { token: two, body: { events: events('two', i * 20, i * 20 + 20) } })),
      api(a.url, 'POST', '/v1/watchlist/changes', { token: one, body: { changes: adds('one', 30) } }),
      api(b.url, 'POST', '/v1/watchlist/changes', { token: two, body: { changes: adds('two', 30) } }),
    ]);
    for (const server of [a, b]) {
      const pulled = await api<{ entries: { seq: number }[]; hasMore: boolean }>(server.url, 'GET', '/v1/watchlist/changes?after=0&limit=1000', { token: one });
      expect(pulled.body.entries).toHaveLength(60);
      expect(pulled.body.entries.map((e) => e.seq)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    }
    const db = openPostgres(databaseUrl, { asOwner: true, max: 1 });
    try {
      const { rows } = await db.query<{ agent: string; n: number; distinct_ids: number }>(
        'SELECT agent, count(*)::int AS n, count(DISTINCT event_id)::int AS distinct_ids FROM audit_events GROUP BY agent ORDER BY agent',
      );
      expect(rows).toEqual([
        { agent: 'Agent One', n: 100, distinct_ids: 100 },
        { agent: 'Agent Two', n: 100, distinct_ids: 100 },
      ]);
    } finally {
      await db.close();
    }
  }, PROCESS_TEST_MS);
});

describe.each(['pglite', 'postgres'] as const)('a server process on %s restarted mid-sync', (mode) => {
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'sg-team-'));
    env = mode === 'postgres' ? { DATABASE_URL: await freshDatabase() } : {};
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('loses nothing: the client retries the batch whose answer it never got, and nothing is stored twice', async () => {
    let server = await startServer(['--data', dataDir], env);
    try {
      const admin = await api<Joined>(server.url, 'POST', '/v1/join', { body: { inviteCode: server.firstInvite } });
      // The CLI makes an invite while the server holds the data folder.
      const code = await inviteByCli(['--data', dataDir, '--name', 'Agent', '--role', 'agent'], env);
      const agent = (await api<Joined>(server.url, 'POST', '/v1/join', { body: { inviteCode: code } })).body.token;
      expect(admin.status).toBe(200);
      const first = await api<Receipts>(server.url, 'POST', '/v1/audit/events', { token: agent, body: { events: events('e', 0, 50) } });
      expect(first.status).toBe(200);
      // Killed without warning right after storing the batch; the client never saw the answer.
      await server.stop('SIGKILL');
      await expect(api(server.url, 'GET', '/v1/me', { token: agent })).rejects.toThrow();
      server = await startServer(['--data', dataDir], env);
      const retry = await api<Receipts>(server.url, 'POST', '/v1/audit/events', { token: agent, body: { events: events('e', 0, 80) } });
      expect(retry.body.receipts.slice(0, 50)).toEqual(first.body.receipts.map((r) => ({ ...r, duplicate: true })));
      expect(retry.body.receipts.slice(50).every((r) => !r.duplicate)).toBe(true);
      const trail = await api<{ events: { eventId: string }[] }>(server.url, 'GET', '/v1/audit/events?limit=1000', { token: admin.body.token });
      expect(new Set(trail.body.events.map((e) => e.eventId)).size).toBe(80);
      expect(trail.body.events).toHaveLength(80);
    } finally {
      await server.stop();
    }
  }, PROCESS_TEST_MS);
});

describe('PostgreSQL restarted under a running server', () => {
  it('answers 503 with a clear error while it is down, and serves again once it is back', async () => {
    const pgCtl = process.env.TEST_PG_CTL;
    const opts = process.env.TEST_PG_OPTS;
    if (!pgCtl || !opts) throw new Error('TEST_PG_CTL is not set: run through server/scripts/with-postgres.sh');
    const databaseUrl = await freshDatabase();
    const server = await startServer([], { DATABASE_URL: databaseUrl });
    try {
      const admin = await api<Joined>(server.url, 'POST', '/v1/join', { body: { inviteCode: server.firstInvite } });
      const token = admin.body.token;
      execSync(`${pgCtl} -m fast stop`, { stdio: 'ignore' });
      try {
        const down = await api<{ error: { code: string; message: string } }>(server.url, 'POST', '/v1/audit/events', { token, body: { events: events('d', 0, 1) } });
        expect(down.status).toBe(503);
        expect(down.body.error.code).toBe('database-unavailable');
        expect(down.body.error.message).toMatch(/not reachable/);
      } finally {
        execSync(`${pgCtl} -o "${opts}" start`, { stdio: 'ignore' });
      }
      await expect
        .poll(async () => (await api(server.url, 'POST', '/v1/audit/events', { token, body: { events: events('d', 0, 1) } })).status, { timeout: 30_000, interval: 500 })
        .toBe(200);
      const trail = await api<{ events: unknown[] }>(server.url, 'GET', '/v1/audit/events', { token });
      expect(trail.body.events).toHaveLength(1);
    } finally {
      await server.stop();
    }
  }, PROCESS_TEST_MS);
});
