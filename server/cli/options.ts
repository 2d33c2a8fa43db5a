import { parseArgs } from 'node:util';
import { TEAM_ROLES, type TeamRole } from '../../rules/team/protocol';
import { DEFAULT_WORKSPACE } from '../workspaces/workspaces';

export interface CliOptions {
  command: string[];
  host: string;
  port: number;
  dataDir: string;
  databaseUrl?: string;
  workspace: string;
  name?: string;
  role?: TeamRole;
  days?: number;
  help: boolean;
}

export const USAGE = `Seller Guard team server

  npm run team-server [-- --port 8787 --host 127.0.0.1 --data .team-data]
  npm run team-server -- invite --name "NAME" --role agent|lead|auditor|admin [--workspace default] [--days 7]
  npm run team-server -- workspace create NAME
  npm run team-server -- workspace list

With DATABASE_URL=postgres://… set, everything runs on that PostgreSQL instead of the
embedded PGlite in --data. The invite and workspace commands work while the server runs.`;

/** Flags and environment to options; throws a readable message on a bad value. */
export function readOptions(argv: string[], env: NodeJS.ProcessEnv): CliOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      host: { type: 'string', default: env.TEAM_SERVER_HOST ?? '127.0.0.1' },
      port: { type: 'string', default: env.TEAM_SERVER_PORT ?? '8787' },
      data: { type: 'string', default: env.TEAM_SERVER_DATA ?? '.team-data' },
      workspace: { type: 'string', default: DEFAULT_WORKSPACE },
      name: { type: 'string' },
      role: { type: 'string' },
      days: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not "${values.port}"`);
  if (values.role !== undefined && !(TEAM_ROLES as readonly string[]).includes(values.role)) {
    throw new Error(`--role must be one of ${TEAM_ROLES.join(', ')}, not "${values.role}"`);
  }
  return {
    command: positionals,
    host: values.host,
    port,
    dataDir: values.data,
    databaseUrl: env.DATABASE_URL || undefined,
    workspace: values.workspace,
    name: values.name,
    role: values.role as TeamRole | undefined,
    days: values.days === undefined ? undefined : Number(values.days),
    help: values.help,
  };
}
