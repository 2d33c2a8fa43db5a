// `npm run bench`: runs every tests/bench/*.bench-run.ts (vitest project "bench"), prints their
// results as `name: value unit (target …) ok|MISSED` lines, and exits non-zero when a figure
// misses its target (tests/bench/targets.mjs). Chromium benches load the e2e build, built
// first; SELLER_GUARD_REBUILD=0 reuses an existing one.
import { execSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { judgeResults } from './targets.mjs';

// The same build folder the end-to-end harness loads (tests/e2e/harness.ts).
const buildOut = process.env.SELLER_GUARD_OUT ?? '.output';
const out = join(mkdtempSync(join(tmpdir(), 'sg-bench-')), 'results.txt');
if (!existsSync(join(buildOut, 'e2e/chrome-mv3/manifest.json')) || process.env.SELLER_GUARD_REBUILD !== '0') {
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
if (!existsSync(out)) {
  process.stdout.write('no benchmark results\n');
  process.exit(1);
}
const { text, missed } = judgeResults(readFileSync(out, 'utf8'));
process.stdout.write(text);
if (missed.length > 0) {
  process.stdout.write(`\n${missed.length} figure(s) missed their target.\n`);
  process.exit(1);
}
