import { it } from 'vitest';
import { runLoad, type LoadResult } from '../../server/bench/load-run';
import { benchClusterUrl, withThrowawayDatabase } from '../../server/bench/throwaway-database';
import { recordBench } from './record';

// Issue 12: the team server under 50 simulated agents each sending 5 audit events a second
// for 60 s, over loopback: p95 ≤ 50 ms and zero events lost or duplicated, looked up in the
// database afterwards; the same run with the server process killed (SIGKILL) and restarted
// halfway: zero lost. On PGlite always; on PostgreSQL too when DATABASE_URL (or with-postgres.sh's
// TEST_DATABASE_URL) names a cluster, in a throwaway database there.
// SELLER_GUARD_BENCH_SERVER_SECONDS shortens the runs while working on the server.

const LOAD = { seconds: Number(process.env.SELLER_GUARD_BENCH_SERVER_SECONDS ?? 60), agents: 50, rate: 5 };
const RUN_MS = (LOAD.seconds + 240) * 1000;

interface Names {
  events: string;
  p50: string;
  p95: string;
  lost: string;
  duplicated: string;
  resent: string;
  failed: string;
}

const STEADY: Record<'pglite' | 'postgres', Names> = {
  pglite: {
    events: 'team.server.pglite.audit.events',
    p50: 'team.server.pglite.audit.p50',
    p95: 'team.server.pglite.audit.p95',
    lost: 'team.server.pglite.audit.lost',
    duplicated: 'team.server.pglite.audit.duplicated',
    resent: 'team.server.pglite.audit.resent_stored_once',
    failed: 'team.server.pglite.audit.failed_requests',
  },
  postgres: {
    events: 'team.server.postgres.audit.events',
    p50: 'team.server.postgres.audit.p50',
    p95: 'team.server.postgres.audit.p95',
    lost: 'team.server.postgres.audit.lost',
    duplicated: 'team.server.postgres.audit.duplicated',
    resent: 'team.server.postgres.audit.resent_stored_once',
    failed: 'team.server.postgres.audit.failed_requests',
  },
};

const RESTART: Record<'pglite' | 'postgres', Names> = {
  pglite: {
    events: 'team.server.pglite.restart.events',
    p50: 'team.server.pglite.restart.p50',
    p95: 'team.server.pglite.restart.p95',
    lost: 'team.server.pglite.restart.lost',
    duplicated: 'team.server.pglite.restart.duplicated',
    resent: 'team.server.pglite.restart.resent_stored_once',
    failed: 'team.server.pglite.restart.failed_requests',
  },
  postgres: {
    events: 'team.server.postgres.restart.events',
    p50: 'team.server.postgres.restart.p50',
    p95: 'team.server.postgres.restart.p95',
    lost: 'team.server.postgres.restart.lost',
    duplicated: 'team.server.postgres.restart.duplicated',
    resent: 'team.server.postgres.restart.resent_stored_once',
    failed: 'team.server.postgres.restart.failed_requests',
  },
};

function record(names: Names, result: LoadResult): void {
  recordBench(names.events, result.made, 'events');
  recordBench(names.p50, result.p50, 'ms');
  recordBench(names.p95, result.p95, 'ms');
  recordBench(names.lost, result.lost, 'events');
  recordBench(names.duplicated, result.duplicated, 'events');
  recordBench(names.resent, result.resentStoredOnce, 'events');
  recordBench(names.failed, result.failedRequests, 'requests');
}

const cluster = benchClusterUrl();
const backends = cluster ? (['pglite', 'postgres'] as const) : (['pglite'] as const);

for (const backend of backends) {
  const load = (killHalfway: boolean) => {
    const run = (databaseUrl?: string) => runLoad({ ...LOAD, label: killHalfway ? 'restart' : 'steady', killHalfway, databaseUrl });
    return backend === 'postgres' ? withThrowawayDatabase(cluster!, run) : run();
  };
  it(`team server on ${backend}: ${LOAD.agents} agents × ${LOAD.rate} audit events/s for ${LOAD.seconds} s`, async () => {
    record(STEADY[backend], await load(false));
  }, RUN_MS);
  it(`team server on ${backend}: the same with the server killed and restarted halfway`, async () => {
    record(RESTART[backend], await load(true));
  }, RUN_MS);
}
