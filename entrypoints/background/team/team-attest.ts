import { attestationLookupResponseSchema, attestationPushResponseSchema, sha256HexSchema } from '../../../rules/team/attestation-protocol';
import { attestationsOf, nextAttestBatch, storeAttestReceipts } from '../../../storage/team/team-attest-outbox';
import type { TeamAttestationCheck } from '../../../utils/team-push-protocol';
import { teamFetch } from './team-client';
import { problemOf } from './team-join';
import { getTeamState, type TeamState } from './team-state';

/**
 * Capture attestations: each capture's hash goes to the team server (`POST /v1/attestations`)
 * with this install's public key, and any hash can be checked against the server later.
 */

/** Attest the next captures not yet attested; returns how many were sent. Auditors send nothing. */
export async function pushAttestBatch(state: TeamState): Promise<number> {
  if (state.member.role === 'auditor') return 0;
  const captures = await nextAttestBatch(state.workspace.id);
  if (!captures.length) return 0;
  const answer = await teamFetch(state.origin, '/v1/attestations', attestationPushResponseSchema, {
    method: 'POST',
    token: state.token,
    body: { attestations: await attestationsOf(captures) },
  });
  const receipts = answer.receipts.map(({ captureId, seq, receivedAt, keyFingerprint }) => ({ captureId, seq, receivedAt, keyFingerprint }));
  await storeAttestReceipts(state.workspace.id, captures, receipts);
  return captures.length;
}

/** "Verify against team server": who attested this hash and when, or that the server never saw it. */
export async function checkAttestation(sha256: string): Promise<TeamAttestationCheck> {
  const state = await getTeamState();
  if (!state) return { status: 'not-joined' };
  const hash = sha256HexSchema.safeParse(sha256.trim().toLowerCase());
  if (!hash.success) return { status: 'not-a-hash' };
  try {
    const found = await teamFetch(state.origin, `/v1/attestations/by-hash/${hash.data}`, attestationLookupResponseSchema, { token: state.token });
    if (!found.attestations.length) return { status: 'never-seen', server: state.origin };
    return {
      status: 'attested',
      server: state.origin,
      attestations: found.attestations.map((a) => ({ agent: a.agent, receivedAt: a.receivedAt, capturedAt: a.capturedAt, keyFingerprint: a.keyFingerprint })),
    };
  } catch (error) {
    return { status: 'failed', problem: problemOf(error) };
  }
}
