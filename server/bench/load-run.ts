import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { api, runCli, startServer, type ServerProcess } from '../tests/server-process';
import { percentile, runAgent, sleep } from './audit-agents';
import { countInDatabase } from './count-in-database';

/**
 * One load run against a team server process of its own (PGlite in a temporary folder, or
 * the PostgreSQL at `databaseUrl`): `agents` simulated agents each make `rate` audit events
 * a second for `seconds`, over loopback; with `killHalfway` the server is killed (SIGKILL)
 * halfway and started again. Then every event is looked up in the database. Bounded: the
 * agents stop making events at the end and stop sending 180 s later.
 */
export interface LoadOptions {
  label: string;
  seconds: number;
  agents: number;
  rate: number;
  killHalfway: boolean;
  databaseUrl?: string;
}

export interface LoadResult {
  made: number;
  requests: number;
  p50: number;
  p95: number;
  /** Made but not in the database. */
  lost: number;
  /** Rows beyond one per made event, or receipts naming two sequences for one event. */
  duplicated: number;
  /** Events sent again after a failed request that the server had already stored: answered with their first receipt. */
  resentStoredOnce: number;
  unacknowledged: number;
  failedRequests: number;
}

async function joinAgents(url: string, adminToken: string, prefix: string, count: number): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) {
    const invite = await api<{ code: string }>(url, 'POST', '/v1/invites', { token: adminToken, body: { name: `${prefix} agent ${i}`, role: 'agent' } });
    tokens.push((await api<{ token: string }>(url, 'POST', '/v1/join', { body: { inviteCode: invite.body.code } })).body.token);
  }
  return tokens;
}

/** A workspace of the run's own (the CLI asks the running server), its admin joined. */
async function newWorkspace(server: ServerProcess, dataDir: string, env: NodeJS.ProcessEnv, name: string): Promise<string> {
  const created = runCli(['--data', dataDir, 'workspace', 'create', name], env);
  if ((await created.exited) !== 0) throw new Error(`workspace create failed: ${created.output()}`);
  const inviteCode = created.output().trim().split(/\s+/).at(-1);
  const admin = await api<{ token: string }>(server.url, 'POST', '/v1/join', { body: { inviteCode } });
  if (admin.status !== 200) throw new Error(`admin join failed: ${JSON.stringify(admin.body)}`);
  return admin.body.token;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const dataDir = await mkdtemp(path.join(tmpdir(), `sg-bench-${options.label}-`));
  const env: NodeJS.ProcessEnv = options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : { DATABASE_URL: '' };
  let server = await startServer(['--data', dataDir], env);
  try {
    const workspace = `${options.label}-${Date.now()}`;
    const adminToken = await newWorkspace(server, dataDir, env, workspace);
    const tokens = await joinAgents(server.url, adminToken, workspace, options.agents);
    const makeUntil = Date.now() + options.seconds * 1000;
    const drainUntil = makeUntil + 180_000;
    const agents = Promise.all(
      tokens.map((token, i) => runAgent({ url: () => server.url, token, name: `${workspace}-${i}`, rate: options.rate, makeUntil, drainUntil })),
    );
    if (options.killHalfway) {
      await sleep((options.seconds * 1000) / 2);
      await server.stop('SIGKILL');
      server = await startServer(['--data', dataDir], env);
    }
    const results = await agents;
    // Count only after the server has let go of the data (PGlite is one process's).
    await server.stop();
    const receipts = new Map<string, number>();
    for (const result of results) for (const [eventId, seq] of result.receipts) receipts.set(eventId, seq);
    const made = results.flatMap((r) => r.madeIds);
    const counted = await countInDatabase({ databaseUrl: options.databaseUrl, dataDir }, workspace, made, receipts);
    const latencies = results.flatMap((r) => r.latencies);
    return {
      made: made.length,
      requests: latencies.length,
      p50: Math.round(percentile(latencies, 50) * 10) / 10,
      p95: Math.round(percentile(latencies, 95) * 10) / 10,
      lost: counted.missing,
      duplicated: counted.extraRows + counted.receiptMismatches + results.reduce((n, r) => n + r.conflictingReceipts, 0),
      resentStoredOnce: results.reduce((n, r) => n + r.resentStoredOnce, 0),
      unacknowledged: made.length - receipts.size,
      failedRequests: results.reduce((n, r) => n + r.failures, 0),
    };
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
