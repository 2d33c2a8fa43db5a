// `npm run bench`: runs every tests/bench/*.bench-run.ts (vitest project "bench") and prints
// their results as `name: value unit` lines. Chromium benches load the e2e build, built first.
import { execSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = join(mkdtempSync(join(tmpdir(), 'sg-bench-')), 'results.txt');
if (!existsSync('.output/e2e/manifest.json') || process.env.SELLER_GUARD_REBUILD !== '0') {
  execSync('npm run -s build:e2e', { stdio: ['ignore', 'ignore', 'inherit'] });
}
const run = spawnSync('npx', ['vitest', 'run', '--project', 'bench', ...process.argv.slice(2)], {
  env: { ...process.env, SELLER_GUARD_BENCH_OUT: out },
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
});
if (run.status !== 0) {
  process.stdout.write(run.stdout);
  process.exit(run.status ?? 1);
}
process.stdout.write(existsSync(out) ? readFileSync(out, 'utf8') : 'no benchmark results\n');
