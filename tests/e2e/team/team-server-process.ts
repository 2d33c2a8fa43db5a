import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEAM_PROTOCOL_HEADER, TEAM_PROTOCOL_VERSION } from '../../../rules/team/protocol';

/** A team server the test started on loopback (`npm run team-server`'s code), on PGlite or `DATABASE_URL`. */
export interface TeamServer {
  origin: string;
  /** The first admin's one-time invite, printed on the first start of an empty workspace. */
  adminInvite: string;
  /** Call the API as a member (JSON in, JSON out; throws on a non-2xx answer). */
  api<T>(method: 'GET' | 'POST' | 'PUT', path: string, token: string | null, body?: unknown): Promise<T>;
  stop(): Promise<void>;
  /** Stop the process but keep its data (a server down for maintenance). */
  halt(): Promise<void>;
  /** Start it again on the same port and data after `halt`. */
  resume(): Promise<void>;
}

/** Spawn the server on `dataDir` and `port`; resolves with its output once it listens. */
async function spawnServer(dataDir: string, port: number, env: Record<string, string>): Promise<{ child: ChildProcess; printed: string }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', '--data', dataDir, '--port', String(port)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`team server did not start:\n${output}`)), 240_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => reject(new Error(`team server exited (${code}):\n${output}`)));
  });
  return { child, printed: await ready };
}

/** `team-server workspace create` on `DATABASE_URL`: the new workspace's admin invite (last word of the last line). */
async function newWorkspaceInvite(env: Record<string, string>): Promise<string> {
  const name = `e2e-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', 'workspace', 'create', name], { env: { ...process.env, ...env }, timeout: 120_000 });
  return stdout.trim().split('\n').at(-1)?.trim().split(/\s+/).at(-1) ?? '';
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

export async function startTeamServer(env: Record<string, string> = {}): Promise<TeamServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'seller-guard-team-'));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const first = await spawnServer(dataDir, port, env);
  let child = first.child;
  const printed = first.printed;
  const inviteLine = printed.split('\n').find((line) => /invite/i.test(line)) ?? '';
  // On a shared PostgreSQL each run gets a workspace of its own.
  const adminInvite = env.DATABASE_URL ? await newWorkspaceInvite(env) : (inviteLine.trim().split(/\s+/).at(-1) ?? '');
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    adminInvite,
    async api(method, path, token, body) {
      const response = await fetch(`${origin}${path}`, {
        method,
        headers: {
          [TEAM_PROTOCOL_HEADER]: String(TEAM_PROTOCOL_VERSION),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const json = await response.json();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
      return json;
    },
    async stop() {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
    async halt() {
      await stopChild(child);
    },
    async resume() {
      ({ child } = await spawnServer(dataDir, port, env));
    },
  };
}
