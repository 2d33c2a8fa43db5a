import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { inviteRequestSchema } from '../../rules/team/protocol';
import type { Database } from '../db/database';
import { HttpError, parseWith } from '../http/errors';
import { sameSecret } from '../members/secrets';
import { createInvite } from '../members/invites';
import { createWorkspace, requireWorkspace } from '../workspaces/workspaces';

/** Header carrying the secret the server wrote to its data folder (mode 0600). */
export const LOCAL_SECRET_HEADER = 'Seller-Guard-Local-Secret';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const workspaceSchema = z.object({ workspace: z.string().trim().min(1).max(100) });

/**
 * Admin operations for the CLI while the server holds the PGlite data folder: only from
 * loopback and only with the secret stored in that folder (readable by its owner alone).
 */
export function registerLocalAdminRoutes(app: FastifyInstance, db: Database, secret: string): void {
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/local/')) return;
    const sent = request.headers[LOCAL_SECRET_HEADER.toLowerCase()];
    if (!LOOPBACK.has(request.socket.remoteAddress ?? '') || typeof sent !== 'string' || !sameSecret(sent, secret)) {
      throw new HttpError(403, 'forbidden', 'Local admin requests come from this machine with the data folder secret.');
    }
  });

  app.post('/local/v1/invites', async (request) => {
    const { workspace } = parseWith(workspaceSchema, request.body);
    const invite = parseWith(inviteRequestSchema, request.body);
    return createInvite(db, (await requireWorkspace(db, workspace)).id, invite);
  });

  app.post('/local/v1/workspaces', async (request) => {
    const { workspace } = parseWith(workspaceSchema, request.body);
    return createWorkspace(db, workspace);
  });
}
