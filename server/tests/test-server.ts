import type { FastifyInstance } from 'fastify';
import { TEAM_PROTOCOL_HEADER, TEAM_PROTOCOL_VERSION, type JoinResponse, type TeamRole } from '../../rules/team/protocol';
import type { Database } from '../db/database';
import { buildApp } from '../http/app';
import { createInvite } from '../members/invites';
import { createWorkspace } from '../workspaces/workspaces';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked field by field in tests
export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

/** Calls the app in-process (Fastify inject) with the protocol header and a token. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function call<T = any>(
  app: FastifyInstance,
  method: 'GET' | 'POST' | 'PUT' | 'OPTIONS',
  url: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer<T>> {
  const response = await app.inject({
    method,
    url,
    headers: {
      [TEAM_PROTOCOL_HEADER]: String(TEAM_PROTOCOL_VERSION),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    ...(options.body !== undefined ? { payload: options.body as object } : {}),
  });
  const text = response.body;
  const body = response.headers['content-type']?.toString().startsWith('application/json') ? JSON.parse(text) : text;
  return { status: response.statusCode, body, headers: response.headers };
}

/** A workspace with one member per role (joined through invites), and the app. */
export interface Team {
  app: FastifyInstance;
  workspaceId: string;
  tokens: Record<TeamRole, string>;
  members: Record<TeamRole, JoinResponse['member']>;
  join(name: string, role: TeamRole): Promise<JoinResponse>;
}

export async function makeTeam(db: Database, name = 'team', app = buildApp({ db, pollMs: 100 })): Promise<Team> {
  const { workspace, invite } = await createWorkspace(db, name);
  const join = async (memberName: string, role: TeamRole) => {
    const code = role === 'admin' && memberName === 'Admin' ? invite.code : (await createInvite(db, workspace.id, { name: memberName, role })).code;
    const answer = await call<JoinResponse>(app, 'POST', '/v1/join', { body: { inviteCode: code } });
    if (answer.status !== 200) throw new Error(`join failed: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const admin = await join('Admin', 'admin');
  const agent = await join('Ann Agent', 'agent');
  const lead = await join('Lee Lead', 'lead');
  const auditor = await join('Audrey Auditor', 'auditor');
  return {
    app,
    workspaceId: workspace.id,
    tokens: { admin: admin.token, agent: agent.token, lead: lead.token, auditor: auditor.token },
    members: { admin: admin.member, agent: agent.member, lead: lead.member, auditor: auditor.member },
    join,
  };
}
