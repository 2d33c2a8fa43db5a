import type { z } from 'zod';
import type { attestationSchema, PublicJwk, StoredAttestation } from '../../rules/team/attestation-protocol';
import type { Database, Queryable } from '../db/database';
import { isoOf, numberOf } from '../db/rows';
import type { Caller } from '../http/auth';
import { HttpError } from '../http/errors';
import { jwkThumbprint } from './key-thumbprint';

type Attestation = z.output<typeof attestationSchema>;

const COLUMNS = 'seq, capture_id, chain_seq, sha256, captured_at, member_id, agent, key_fingerprint, public_key, signature, received_at';

function toStored(row: Record<string, unknown>): StoredAttestation {
  return {
    seq: numberOf(row.seq),
    captureId: String(row.capture_id),
    chainSeq: numberOf(row.chain_seq),
    sha256: String(row.sha256),
    capturedAt: isoOf(row.captured_at),
    memberId: String(row.member_id),
    agent: String(row.agent),
    keyFingerprint: String(row.key_fingerprint),
    publicKey: row.public_key as PublicJwk,
    signature: (row.signature as string | null) ?? null,
    receivedAt: isoOf(row.received_at),
  };
}

/**
 * Stores the caller's attestations, once per capture id: a retry gets the original receipt;
 * the same capture id with another hash, position or key is refused (409) and nothing is stored.
 */
export function appendAttestations(db: Database, caller: Caller, attestations: Attestation[]) {
  return db.transaction(async (tx) => {
    const receipts = [];
    for (const a of attestations) {
      const fingerprint = jwkThumbprint(a.publicKey);
      const inserted = await tx.query(
        `INSERT INTO attestations (workspace_id, member_id, agent, capture_id, chain_seq, sha256, captured_at, public_key, key_fingerprint, signature)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10)
         ON CONFLICT (workspace_id, member_id, capture_id) DO NOTHING RETURNING ${COLUMNS}`,
        [caller.workspaceId, caller.memberId, caller.name, a.captureId, a.chainSeq, a.sha256, a.capturedAt, JSON.stringify(a.publicKey), fingerprint, a.signature ?? null],
      );
      const row = inserted.rows[0] ?? (await existing(tx, caller, a.captureId));
      const stored = toStored(row);
      const duplicate = !inserted.rows[0];
      if (duplicate && (stored.sha256 !== a.sha256 || stored.chainSeq !== a.chainSeq || stored.keyFingerprint !== fingerprint)) {
        throw new HttpError(409, 'version-conflict', `Capture ${a.captureId} was attested before with another hash, position or key.`);
      }
      receipts.push({ captureId: a.captureId, seq: stored.seq, receivedAt: stored.receivedAt, keyFingerprint: fingerprint, duplicate });
    }
    return receipts;
  });
}

async function existing(tx: Queryable, caller: Caller, captureId: string) {
  const { rows } = await tx.query(`SELECT ${COLUMNS} FROM attestations WHERE workspace_id = $1 AND member_id = $2 AND capture_id = $3`, [
    caller.workspaceId,
    caller.memberId,
    captureId,
  ]);
  return rows[0]!;
}

/** Every attestation of a hash in the workspace, oldest first. */
export async function attestationsOfHash(db: Queryable, workspaceId: string, sha256: string): Promise<StoredAttestation[]> {
  const { rows } = await db.query(`SELECT ${COLUMNS} FROM attestations WHERE workspace_id = $1 AND sha256 = $2 ORDER BY seq`, [
    workspaceId,
    sha256,
  ]);
  return rows.map(toStored);
}
