import { ATTESTATIONS_PER_REQUEST, type AttestationInput } from '../../rules/team/attestation-protocol';
import type { CaptureRecord } from '../capture/capture-schema';
import { db } from '../db';
import { installSigningKey } from '../export/signing-key';
import type { TeamAttestationRecord } from './team-outbox-schema';
import { markSentUpTo, sentUpTo } from './team-send-cursor';

/**
 * Capture attestations on their way to the team: each capture's chain hash and position,
 * with this install's public signing key and a signature of the hash, in chain order. The
 * receipts are kept in `teamAttestations` and the cursor moves in the same transaction.
 */

const CURSOR_KEY = 'team-attest-sent';

function base64url(bytes: ArrayBuffer): string {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The captures not yet attested to `workspace`, oldest first. */
export async function nextAttestBatch(workspace: string, limit = ATTESTATIONS_PER_REQUEST): Promise<CaptureRecord[]> {
  const after = await sentUpTo(CURSOR_KEY, workspace);
  return db.captures.where('seq').above(after).limit(limit).toArray();
}

/** The attestations of `captures`, signed by this install's key. */
export async function attestationsOf(captures: readonly CaptureRecord[]): Promise<AttestationInput[]> {
  const key = await installSigningKey();
  const jwk = (await crypto.subtle.exportKey('jwk', key.publicKey)) as { kty: 'EC'; crv: 'P-256'; x: string; y: string };
  const publicKey = { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
  return Promise.all(
    captures.map(async (capture) => ({
      captureId: capture.id,
      chainSeq: capture.seq,
      sha256: capture.hash,
      capturedAt: capture.capturedAt,
      publicKey,
      signature: base64url(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key.privateKey, new TextEncoder().encode(capture.hash))),
    })),
  );
}

/** Keep the receipts and move the cursor past the batch, in one transaction. */
export async function storeAttestReceipts(workspace: string, captures: readonly CaptureRecord[], receipts: readonly Omit<TeamAttestationRecord, 'workspace' | 'sha256' | 'chainSeq'>[]): Promise<void> {
  const byId = new Map(receipts.map((r) => [r.captureId, r]));
  await db.transaction('rw', [db.teamAttestations, db.meta], async () => {
    let last = await sentUpTo(CURSOR_KEY, workspace);
    for (const capture of captures) {
      const receipt = byId.get(capture.id);
      if (!receipt) break;
      await db.teamAttestations.put({ ...receipt, workspace, sha256: capture.hash, chainSeq: capture.seq });
      last = Math.max(last, capture.seq);
    }
    await markSentUpTo(CURSOR_KEY, workspace, last);
  });
}

/** Captures not yet attested to `workspace`. */
export async function countAttestWaiting(workspace: string): Promise<number> {
  return db.captures.where('seq').above(await sentUpTo(CURSOR_KEY, workspace)).count();
}
