// `npm run bench:server [-- --seconds 60 --agents 50 --rate 5]`: the team server under 50
// simulated agents each sending 5 audit events a second, over loopback, on PGlite (default)
// or, when DATABASE_URL or TEST_DATABASE_URL is set (`bash server/scripts/with-postgres.sh
// npm run bench:server`), on a throwaway database of that PostgreSQL. Run twice: steady, then
// with the server process killed (SIGKILL) halfway and restarted. Targets: p95 ≤ 50 ms; zero
// events lost or duplicated, looked up in the database afterwards. `npm run bench` runs the
// same (tests/bench/team-server.bench-run.ts) and judges the figures.
import { parseArgs } from 'node:util';
import { recordBench } from '../../tests/bench/record';
import { runLoad, type LoadResult } from './load-run';
import { benchClusterUrl, withThrowawayDatabase } from './throwaway-database';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '60' }, agents: { type: 'string', default: '50' }, rate: { type: 'string', default: '5' } },
});
const load = { seconds: Number(values.seconds), agents: Number(values.agents), rate: Number(values.rate) };
const cluster = benchClusterUrl();
const mode = cluster ? 'postgres' : 'pglite';

function print(label: string, result: LoadResult) {
  const name = `team-server.${mode}.${label}`;
  recordBench(`${name}.events_made`, result.made, `events (${load.agents} agents × ${load.rate}/s × ${load.seconds} s)`);
  recordBench(`${name}.requests`, result.requests, 'requests');
  recordBench(`${name}.p50`, result.p50, 'ms');
  recordBench(`${name}.p95`, result.p95, label === 'restart' ? 'ms (includes requests around the restart)' : 'ms (target ≤ 50)');
  recordBench(`${name}.lost`, result.lost, 'events (target 0)');
  recordBench(`${name}.duplicated`, result.duplicated, 'events (target 0)');
  recordBench(`${name}.resent_stored_once`, result.resentStoredOnce, 'events');
  recordBench(`${name}.unacknowledged`, result.unacknowledged, 'events');
  recordBench(`${name}.failed_requests`, result.failedRequests, 'requests (retried)');
}

for (const [label, killHalfway] of [['steady', false], ['restart', true]] as const) {
  const run = (databaseUrl?: string) => runLoad({ ...load, label, killHalfway, databaseUrl });
  print(label, cluster ? await withThrowawayDatabase(cluster, run) : await run());
}
// Open keep-alive sockets to the killed server would hold the process a while longer.
process.exit(0);
