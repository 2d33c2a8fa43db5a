import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * While a server runs on a PGlite data folder it holds the folder (PGlite is one process's
 * database). It leaves `server.json` (pid, address) and `admin-secret` (mode 0600) there so
 * the CLI can ask it, over loopback, to make invites and workspaces instead.
 */
export interface RunningServer {
  pid: number;
  /** Null while the server is still starting (it holds the folder already). */
  url: string | null;
  secret: string;
}

const infoPath = (dataDir: string) => path.join(dataDir, 'server.json');
const secretPath = (dataDir: string) => path.join(dataDir, 'admin-secret');

export function newLocalSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Marks the folder as held by this process before the database is opened. */
export async function claimDataDir(dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await writeFile(infoPath(dataDir), JSON.stringify({ pid: process.pid, url: null }), { mode: 0o600 });
}

export async function announceServer(dataDir: string, url: string, secret: string): Promise<void> {
  await writeFile(secretPath(dataDir), secret, { mode: 0o600 });
  await writeFile(infoPath(dataDir), JSON.stringify({ pid: process.pid, url }), { mode: 0o600 });
}

export async function withdrawServer(dataDir: string): Promise<void> {
  await rm(infoPath(dataDir), { force: true });
  await rm(secretPath(dataDir), { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The server running on this data folder, or null when none (a stale file is ignored). */
export async function findRunningServer(dataDir: string): Promise<RunningServer | null> {
  try {
    const info = JSON.parse(await readFile(infoPath(dataDir), 'utf8')) as { pid: number; url: string | null };
    if (info.pid === process.pid || !isAlive(info.pid)) return null;
    const secret = info.url ? (await readFile(secretPath(dataDir), 'utf8')).trim() : '';
    return { ...info, secret };
  } catch {
    return null;
  }
}
