import type { FastifyInstance } from 'fastify';
import { TEAM_PROTOCOL_HEADER } from '../../rules/team/protocol';

/** Chrome extension origins only (ids are 32 letters a-p): web pages get no CORS headers. */
const EXTENSION_ORIGIN_RE = /^chrome-extension:\/\/[a-p]{32}$/;

/**
 * Answers CORS for the extension's background (so it needs no host permission) and for
 * nothing else. Preflights are answered here, before authentication.
 */
export function registerCors(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    const allowed = typeof origin === 'string' && EXTENSION_ORIGIN_RE.test(origin);
    if (allowed) {
      reply.header('Access-Control-Allow-Origin', origin);
      reply.header('Vary', 'Origin');
    }
    if (request.method !== 'OPTIONS') return;
    if (!allowed) {
      return reply.code(403).send({ error: { code: 'forbidden', message: 'This origin may not call the team server.' } });
    }
    reply.header('Access-Control-Allow-Methods', 'GET, POST, PUT');
    reply.header('Access-Control-Allow-Headers', `Authorization, Content-Type, ${TEAM_PROTOCOL_HEADER}`);
    reply.header('Access-Control-Max-Age', '600');
    return reply.code(204).send();
  });
}
