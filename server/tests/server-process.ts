import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { TEAM_PROTOCOL_HEADER, TEAM_PROTOCOL_VERSION } from '../../rules/team/protocol';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** The admin invite the first start printed, if any. */
  firstInvite: string | null;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Runs `team-server` with `args` as its own process; resolves once it listens (bounded). */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, timeoutMs = 120_000) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  void exited.then(() => clearTimeout(timer));
  return { child, exited, output: () => output };
}

export async function startServer(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ServerProcess> {
  const run = runCli(['--port', '0', ...args], env, 600_000);
  const url = await new Promise<string>((resolve, reject) => {
    const check = () => {
      const match = /listening on (http:\/\/\S+)/.exec(run.output());
      if (match) return resolve(match[1]!);
      if (run.child.exitCode !== null) return reject(new Error(`team-server exited: ${run.output()}`));
      setTimeout(check, 100);
    };
    check();
    setTimeout(() => reject(new Error(`team-server did not start in time: ${run.output()}`)), 180_000);
  });
  return {
    child: run.child,
    url,
    output: run.output,
    firstInvite: /one-time invite valid until \S+: (\S+)/.exec(run.output())?.[1] ?? null,
    async stop(signal = 'SIGTERM') {
      if (run.child.exitCode === null) run.child.kill(signal);
      await run.exited;
    },
  };
}

/** A real HTTP call with the protocol header. */
export async function api<T = Record<string, unknown>>(
  url: string,
  method: string,
  pathname: string,
  options: { token?: string; body?: unknown } = {},
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${url}${pathname}`, {
    method,
    headers: {
      [TEAM_PROTOCOL_HEADER]: String(TEAM_PROTOCOL_VERSION),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return { status: response.status, body: (await response.json()) as T };
}
