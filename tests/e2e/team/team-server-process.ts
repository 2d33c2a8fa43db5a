import { spawn, type ChildProcess } from 'node:child_process';
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
}

export async function startTeamServer(env: Record<string, string> = {}): Promise<TeamServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'seller-guard-team-'));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
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
  const printed = await ready;
  const inviteLine = printed.split('\n').find((line) => /invite/i.test(line)) ?? '';
  const adminInvite = inviteLine.trim().split(/\s+/).at(-1) ?? '';
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
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
