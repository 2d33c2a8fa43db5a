import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUILDS } from '../../tests/e2e/harness';

// What the production build is made of: a newer file in any of these makes the build stale.
const SOURCES = ['entrypoints', 'components', 'rules', 'storage', 'utils', 'public', 'locales', 'assets'];
const SOURCE_FILES = ['wxt.config.ts', 'package.json', 'package-lock.json'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), 0);
}

/**
 * Build the extension (`npm run build`, or `npm run build:e2e` for the `e2e` variant) when it
 * is missing or older than any of its sources, so `npm run demo` and `npm run screenshots`
 * always show the code as it is.
 */
export function ensureBuild(build: keyof typeof BUILDS, log: (line: string) => void): void {
  const extensionPath = resolve(BUILDS[build]);
  const manifest = join(extensionPath, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const changed = Math.max(...SOURCES.map((dir) => newestChange(dir)), ...SOURCE_FILES.map((file) => newestChange(file)));
  if (built === 0 || changed > built) {
    const script = build === 'e2e' ? 'build:e2e' : 'build';
    log(built === 0 ? `No build yet: running npm run ${script}…` : `The build is older than the code: running npm run ${script}…`);
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.SELLER_GUARD_E2E;
    execSync(`npm run -s ${script}`, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
