// `npm run bench:server [-- --seconds 60 --agents 50 --rate 5]`: the team server under 50
// simulated agents each sending 5 audit events a second, over loopback, on PGlite (default)
// or on the PostgreSQL in DATABASE_URL. Run twice: steady, then with the server process
// killed (SIGKILL) halfway and restarted. Targets: p95 ≤ 50 ms; zero events lost or
// duplicated, counted in the database afterwards. Every loop is bounded in time.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { recordBench } from '../../tests/bench/record';
import type { Database } from '../db/database';
import { openDatabase } from '../db/open-database';
import { api, runCli, startServer, type ServerProcess } from '../tests/server-process';
import { percentile, runAgent, sleep } from './audit-agents';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '60' }, agents: { type: 'string', default: '50' }, rate: { type: 'string', default: '5' } },
});
const SECONDS = Number(values.seconds);
const AGENTS = Number(values.agents);
const RATE = Number(values.rate);
const DATABASE_URL = process.env.DATABASE_URL;
const mode = DATABASE_URL ? 'postgres' : 'pglite';

async function withFreshServer<T>(label: string, work: (server: { current: ServerProcess; restart(): Promise<void>; dataDir: string }) => Promise<T>) {
  const dataDir = await mkdtemp(path.join(tmpdir(), `sg-bench-${label}-`));
  const env = DATABASE_URL ? { DATABASE_URL } : {};
  const box = {
    current: await startServer(['--data', dataDir], env),
    dataDir,
    async restart() {
      await box.current.stop('SIGKILL');
      box.current = await startServer(['--data', dataDir], env);
    },
  };
  try {
    return await work(box);
  } finally {
    await box.current.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function joinAgents(url: string, adminToken: string, prefix: string) {
  const tokens: string[] = [];
  for (let i = 0; i < AGENTS; i++) {
    const invite = await api<{ code: string }>(url, 'POST', '/v1/invites', { token: adminToken, body: { name: `${prefix} agent ${i}`, role: 'agent' } });
    tokens.push((await api<{ token: string }>(url, 'POST', '/v1/join', { body: { inviteCode: invite.body.code } })).body.token);
  }
  return tokens;
}

/** Counts the run's events in the database: rows and distinct (agent, event id) pairs. */
async function countInDatabase(dataDir: string, prefix: string): Promise<{ rows: number; distinct: number }> {
  const db: Database = await openDatabase({ databaseUrl: DATABASE_URL, dataDir });
  try {
    const { rows } = await db.query<{ rows: number; distinct: number }>(
      `SELECT count(*)::int AS rows, count(DISTINCT (member_id, event_id))::int AS distinct FROM audit_events WHERE agent LIKE $1`,
      [`${prefix} agent %`],
    );
    return rows[0]!;
  } finally {
    await db.close();
  }
}

async function run(label: string, killHalfway: boolean) {
  await withFreshServer(label, async (server) => {
    const url = server.current.url;
    const prefix = `${label}-${Date.now()}`;
    // A workspace of its own (the CLI asks the running server), so runs never mix.
    const created = runCli(['--data', server.dataDir, 'workspace', 'create', prefix], DATABASE_URL ? { DATABASE_URL } : {});
    if ((await created.exited) !== 0) throw new Error(`workspace create failed: ${created.output()}`);
    const inviteCode = created.output().trim().split(/\s+/).at(-1);
    const admin = await api<{ token: string }>(url, 'POST', '/v1/join', { body: { inviteCode } });
    if (admin.status !== 200) throw new Error(`admin join failed: ${JSON.stringify(admin.body)}`);
    const tokens = await joinAgents(url, admin.body.token, prefix);
    const makeUntil = Date.now() + SECONDS * 1000;
    const drainUntil = makeUntil + 180_000;
    const agents = Promise.all(
      tokens.map((token, i) => runAgent({ url: () => server.current.url, token, name: `${prefix}-${i}`, rate: RATE, makeUntil, drainUntil })),
    );
    if (killHalfway) {
      await sleep((SECONDS * 1000) / 2);
      await server.restart();
    }
    const results = await agents;
    const made = results.reduce((n, r) => n + r.made, 0);
    const acknowledged = results.reduce((n, r) => n + r.acknowledged.size, 0);
    const latencies = results.flatMap((r) => r.latencies);
    // Count only after the server has let go of the data (PGlite is one process's).
    await server.current.stop();
    const counted = await countInDatabase(server.dataDir, prefix);
    const name = `team-server.${mode}.${label}`;
    recordBench(`${name}.events_made`, made, `events (${AGENTS} agents × ${RATE}/s × ${SECONDS} s)`);
    recordBench(`${name}.p50`, Math.round(percentile(latencies, 50) * 10) / 10, 'ms');
    recordBench(`${name}.p95`, Math.round(percentile(latencies, 95) * 10) / 10, killHalfway ? 'ms (includes requests around the restart)' : 'ms (target ≤ 50)');
    recordBench(`${name}.lost`, made - counted.distinct, 'events (target 0)');
    recordBench(`${name}.duplicated`, counted.rows - counted.distinct, 'events (target 0)');
    recordBench(`${name}.unacknowledged`, made - acknowledged, 'events');
    recordBench(`${name}.failed_requests`, results.reduce((n, r) => n + r.failures, 0), 'requests (retried)');
  });
}

await run('steady', false);
await run('restart', true);
// Open keep-alive sockets to the killed server would hold the process a while longer.
process.exit(0);
