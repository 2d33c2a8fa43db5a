import { TEAM_BODY_LIMIT_BYTES, TEAM_PROTOCOL_MIN_VERSION, TEAM_PROTOCOL_VERSION } from '../../rules/team/protocol';
import { describeDatabase, openDatabase } from '../db/open-database';
import { buildApp } from '../http/app';
import { ensureDefaultWorkspace } from '../workspaces/workspaces';
import type { CliOptions } from './options';
import { announceServer, claimDataDir, findRunningServer, newLocalSecret, withdrawServer } from './server-file';

/** Runs the server until SIGINT/SIGTERM; prints its configuration, a first admin invite and its address. */
export async function serve(options: CliOptions, print: (line: string) => void): Promise<void> {
  const config = { databaseUrl: options.databaseUrl, dataDir: options.dataDir };
  const embedded = !options.databaseUrl;
  if (embedded) {
    const other = await findRunningServer(options.dataDir);
    if (other) throw new Error(`another team server (pid ${other.pid}, ${other.url ?? 'starting'}) is using ${options.dataDir}`);
    await claimDataDir(options.dataDir);
  }
  print('Seller Guard team server');
  print(`  database: ${describeDatabase(config)}`);
  print(`  protocol: ${TEAM_PROTOCOL_MIN_VERSION} to ${TEAM_PROTOCOL_VERSION}; request bodies up to ${TEAM_BODY_LIMIT_BYTES / 1024 / 1024} MB`);
  print('  CORS: chrome-extension:// origins only');
  const db = await openDatabase(config);
  const { workspace, invite } = await ensureDefaultWorkspace(db);
  const localSecret = embedded ? newLocalSecret() : undefined;
  const app = buildApp({ db, localSecret });
  await app.listen({ host: options.host, port: options.port });
  const port = (app.server.address() as { port: number }).port;
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
  if (localSecret) await announceServer(options.dataDir, url, localSecret);
  if (invite) print(`First admin of workspace "${workspace.name}": one-time invite valid until ${invite.expiresAt}: ${invite.code}`);
  print(`listening on ${url}`);

  const stop = async () => {
    await app.close();
    await db.close();
    if (embedded) await withdrawServer(options.dataDir);
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}
