import { TEAM_PROTOCOL_HEADER, TEAM_PROTOCOL_VERSION, type InviteResponse, type TeamRole } from '../../rules/team/protocol';
import { openDatabase } from '../db/open-database';
import { createInvite } from '../members/invites';
import { createWorkspace, listWorkspaces, requireWorkspace, type Workspace } from '../workspaces/workspaces';
import { LOCAL_SECRET_HEADER } from './local-admin-routes';
import type { CliOptions } from './options';
import { claimDataDir, findRunningServer, withdrawServer, type RunningServer } from './server-file';

/** What the admin commands need, straight on the database or through the running server. */
interface AdminOps {
  invite(workspace: string, invite: { name: string; role: TeamRole; expiresInDays?: number }): Promise<InviteResponse>;
  createWorkspace(name: string): Promise<{ workspace: Workspace; invite: InviteResponse }>;
  listWorkspaces(): Promise<Workspace[]>;
  close(): Promise<void>;
}

async function directOps(options: CliOptions): Promise<AdminOps> {
  // Hold the PGlite folder meanwhile, so a server started now waits for us instead of sharing it.
  if (!options.databaseUrl) await claimDataDir(options.dataDir);
  const db = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  return {
    invite: async (workspace, invite) => createInvite(db, (await requireWorkspace(db, workspace)).id, invite),
    createWorkspace: (name) => createWorkspace(db, name),
    listWorkspaces: () => listWorkspaces(db),
    close: async () => {
      await db.close();
      if (!options.databaseUrl) await withdrawServer(options.dataDir);
    },
  };
}

function loopbackOps(server: RunningServer & { url: string }): AdminOps {
  const call = async <T>(path: string, body: unknown): Promise<T> => {
    const response = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [TEAM_PROTOCOL_HEADER]: String(TEAM_PROTOCOL_VERSION),
        [LOCAL_SECRET_HEADER]: server.secret,
      },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as T & { error?: { message: string } };
    if (!response.ok) throw new Error(answer.error?.message ?? `the server answered ${response.status}`);
    return answer;
  };
  return {
    invite: (workspace, invite) => call('/local/v1/invites', { workspace, ...invite }),
    createWorkspace: (workspace) => call('/local/v1/workspaces', { workspace }),
    listWorkspaces: async () => {
      throw new Error('stop the server to list workspaces on its PGlite folder, or use DATABASE_URL');
    },
    close: async () => {},
  };
}

/**
 * `invite` and `workspace create|list`. With DATABASE_URL they use PostgreSQL directly
 * (any number of processes may); on PGlite they ask the server holding the folder, if one
 * runs, and open the folder themselves otherwise. The code is the last word printed.
 */
export async function runAdminCommand(options: CliOptions, print: (line: string) => void): Promise<void> {
  const running = options.databaseUrl ? null : await findRunningServer(options.dataDir);
  if (running && !running.url) throw new Error(`the team server on ${options.dataDir} is still starting: try again in a few seconds`);
  const ops = running?.url ? loopbackOps({ ...running, url: running.url.replace('://0.0.0.0', '://127.0.0.1') }) : await directOps(options);
  try {
    const [command, sub, arg] = options.command;
    if (command === 'invite') {
      if (!options.name || !options.role) throw new Error('invite needs --name "NAME" and --role agent|lead|auditor|admin');
      const invite = await ops.invite(options.workspace, { name: options.name, role: options.role, expiresInDays: options.days });
      print(`One-time invite for ${invite.name} (${invite.role}) in workspace "${options.workspace}", valid until ${invite.expiresAt}: ${invite.code}`);
    } else if (command === 'workspace' && sub === 'create' && arg) {
      const { workspace, invite } = await ops.createWorkspace(arg);
      print(`Workspace "${workspace.name}" created. One-time admin invite, valid until ${invite.expiresAt}: ${invite.code}`);
    } else if (command === 'workspace' && sub === 'list') {
      for (const workspace of await ops.listWorkspaces()) print(`${workspace.name}\t${workspace.id}`);
    } else {
      throw new Error(`unknown command "${options.command.join(' ')}" (see --help)`);
    }
  } finally {
    await ops.close();
  }
}
