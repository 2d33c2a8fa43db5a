import type { FastifyInstance } from 'fastify';
import { TEAM_PROTOCOL_HEADER, TEAM_PROTOCOL_MIN_VERSION, TEAM_PROTOCOL_VERSION } from '../../rules/team/protocol';
import { HttpError } from './errors';

/** Paths that answer without the protocol header (a client learns the version from hello). */
const OPEN_PATHS = new Set(['/v1/hello']);

/** The client's protocol version is checked before anything else: a mismatch names both. */
export function checkProtocolVersion(header: string | string[] | undefined): void {
  const server = { min: TEAM_PROTOCOL_MIN_VERSION, max: TEAM_PROTOCOL_VERSION };
  if (header === undefined) {
    throw new HttpError(400, 'protocol-missing', `Send the ${TEAM_PROTOCOL_HEADER} header; this server speaks protocol ${server.min} to ${server.max}.`, {
      serverProtocol: server,
      clientProtocol: null,
    });
  }
  const client = Number(Array.isArray(header) ? header[0] : header);
  if (!Number.isInteger(client)) {
    throw new HttpError(400, 'protocol-missing', `${TEAM_PROTOCOL_HEADER} must be a whole number; this server speaks protocol ${server.min} to ${server.max}.`, {
      serverProtocol: server,
      clientProtocol: null,
    });
  }
  if (client < server.min || client > server.max) {
    const fix = client < server.min ? 'update the extension' : 'update the team server';
    throw new HttpError(426, 'protocol-mismatch', `This extension speaks protocol ${client}; the team server speaks ${server.min} to ${server.max}: ${fix}.`, {
      serverProtocol: server,
      clientProtocol: client,
    });
  }
}

export function registerProtocolCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (request.method === 'OPTIONS' || OPEN_PATHS.has(request.url.split('?')[0]!)) return;
    checkProtocolVersion(request.headers[TEAM_PROTOCOL_HEADER.toLowerCase()]);
  });
}
