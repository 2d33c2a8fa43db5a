import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { TEAM_BODY_LIMIT_BYTES, TEAM_PROTOCOL_MIN_VERSION, TEAM_PROTOCOL_VERSION } from '../../rules/team/protocol';
import { registerAttestationRoutes } from '../attestations/attestation-routes';
import { registerAuditRoutes } from '../audit/audit-routes';
import { isDatabaseDown, type Database } from '../db/database';
import { registerLocalAdminRoutes } from '../cli/local-admin-routes';
import { registerMemberRoutes } from '../members/member-routes';
import { registerPolicyRoutes } from '../policy/policy-routes';
import { ChangeWaiters } from '../watchlist/change-waiters';
import { registerWatchlistRoutes } from '../watchlist/watchlist-routes';
import { registerCors } from './cors';
import { HttpError } from './errors';
import { registerProtocolCheck } from './protocol-version';

export interface AppOptions {
  db: Database;
  /** Enables the loopback-only admin endpoints the CLI uses while the server runs (PGlite). */
  localSecret?: string;
  /** How often a long-poll checks for changes made through other server processes. */
  pollMs?: number;
  logger?: boolean;
}

/** The team server's HTTP app: hooks (CORS, protocol version), routes and JSON errors. */
export function buildApp(options: AppOptions): FastifyInstance {
  const { db } = options;
  const app = Fastify({ bodyLimit: TEAM_BODY_LIMIT_BYTES, logger: options.logger ?? false });
  registerCors(app);
  registerProtocolCheck(app);
  app.setErrorHandler((error, request, reply) => {
    const answer = toHttpError(error as FastifyError);
    if (answer.status >= 500 && answer.code === 'internal') request.log.error(error);
    return reply.code(answer.status).send(answer.body());
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send(new HttpError(404, 'not-found', `No ${request.method} ${request.url.split('?')[0]} on this server.`).body()),
  );

  app.get('/v1/hello', async () => ({
    service: 'seller-guard-team',
    protocol: { min: TEAM_PROTOCOL_MIN_VERSION, max: TEAM_PROTOCOL_VERSION },
  }));
  const waiters = new ChangeWaiters(db, options.pollMs);
  app.addHook('preClose', async () => waiters.close());
  registerMemberRoutes(app, db);
  registerWatchlistRoutes(app, db, waiters);
  registerAuditRoutes(app, db);
  registerAttestationRoutes(app, db);
  registerPolicyRoutes(app, db, waiters);
  if (options.localSecret) registerLocalAdminRoutes(app, db, options.localSecret);
  return app;
}

function toHttpError(error: FastifyError): HttpError {
  if (error instanceof HttpError) return error;
  if (isDatabaseDown(error)) {
    return new HttpError(503, 'database-unavailable', 'The team database is not reachable right now; your changes wait and are sent when it is back.');
  }
  if (error.statusCode === 413) {
    return new HttpError(413, 'payload-too-large', `The request is larger than ${TEAM_BODY_LIMIT_BYTES / 1024 / 1024} MB: send fewer records at a time.`);
  }
  if (error.statusCode === 415) return new HttpError(400, 'bad-request', 'Send the body as application/json.');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return new HttpError(400, 'bad-request', error.message);
  return new HttpError(500, 'internal', 'The team server failed on this request; it was logged.');
}
