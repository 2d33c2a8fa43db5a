import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { attestationPushRequestSchema, sha256HexSchema } from '../../rules/team/attestation-protocol';
import type { Database } from '../db/database';
import { authenticate } from '../http/auth';
import { parseWith } from '../http/errors';
import { appendAttestations, attestationsOfHash } from './attestation-store';

const hashParams = z.object({ sha256: sha256HexSchema });

export function registerAttestationRoutes(app: FastifyInstance, db: Database): void {
  app.post('/v1/attestations', async (request) => {
    const caller = await authenticate(db, request, 'pushOwnRecords');
    const { attestations } = parseWith(attestationPushRequestSchema, request.body);
    return { receipts: await appendAttestations(db, caller, attestations) };
  });

  app.get('/v1/attestations/by-hash/:sha256', async (request) => {
    const caller = await authenticate(db, request, 'read');
    const { sha256 } = parseWith(hashParams, request.params);
    return { attestations: await attestationsOfHash(db, caller.workspaceId, sha256) };
  });
}
