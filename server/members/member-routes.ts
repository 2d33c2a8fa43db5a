import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inviteRequestSchema, joinRequestSchema } from '../../rules/team/protocol';
import type { Database } from '../db/database';
import { authenticate } from '../http/auth';
import { HttpError, parseWith } from '../http/errors';
import { createInvite, redeemInvite } from './invites';
import { listMembers, revokeMember } from './members';

const idParams = z.object({ id: z.string().max(100) });

/** Joining, who am I, invites and revocation. */
export function registerMemberRoutes(app: FastifyInstance, db: Database): void {
  app.post('/v1/join', async (request) => {
    const { inviteCode } = parseWith(joinRequestSchema, request.body);
    return redeemInvite(db, inviteCode);
  });

  app.get('/v1/me', async (request) => {
    const caller = await authenticate(db, request, 'read');
    return {
      member: (await listMembers(db, caller.workspaceId)).find((m) => m.id === caller.memberId)!,
      workspace: { id: caller.workspaceId, name: caller.workspaceName },
    };
  });

  app.post('/v1/invites', async (request) => {
    const caller = await authenticate(db, request, 'manageMembers');
    const invite = parseWith(inviteRequestSchema, request.body);
    return createInvite(db, caller.workspaceId, { ...invite, createdBy: caller.memberId });
  });

  app.get('/v1/members', async (request) => {
    const caller = await authenticate(db, request, 'listMembers');
    return { members: await listMembers(db, caller.workspaceId) };
  });

  app.post('/v1/members/:id/revoke', async (request) => {
    const caller = await authenticate(db, request, 'manageMembers');
    const { id } = parseWith(idParams, request.params);
    if (id === caller.memberId) throw new HttpError(400, 'bad-request', 'You cannot revoke yourself: ask another admin.');
    return { member: await revokeMember(db, caller.workspaceId, id) };
  });
}
