import { z } from 'zod';
import { clientIdSchema, isoInstantSchema } from './protocol';

/**
 * Capture attestations: the SHA-256 and chain position of each capture, sent when it is
 * taken with the install's public signing key, so the team can later prove that a capture
 * existed unaltered at that time. The server computes the key's RFC 7638 thumbprint.
 */

const b64url = z.string().regex(/^[A-Za-z0-9_-]+$/, 'must be base64url').max(1024);

/** A public JWK (never a private one: `d` and other private members are refused). */
export const publicJwkSchema = z.discriminatedUnion('kty', [
  z.strictObject({ kty: z.literal('EC'), crv: z.enum(['P-256', 'P-384', 'P-521']), x: b64url, y: b64url, alg: z.string().max(20).optional(), key_ops: z.array(z.string().max(20)).max(4).optional(), ext: z.boolean().optional() }),
  z.strictObject({ kty: z.literal('OKP'), crv: z.enum(['Ed25519']), x: b64url, alg: z.string().max(20).optional(), key_ops: z.array(z.string().max(20)).max(4).optional(), ext: z.boolean().optional() }),
  z.strictObject({ kty: z.literal('RSA'), n: b64url, e: b64url, alg: z.string().max(20).optional(), key_ops: z.array(z.string().max(20)).max(4).optional(), ext: z.boolean().optional() }),
]);
export type PublicJwk = z.infer<typeof publicJwkSchema>;

export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest (64 lower-case hex digits)');

export const attestationSchema = z.object({
  /** The capture's id in the archive; with the member, the idempotency key. */
  captureId: clientIdSchema,
  /** The capture's position in the install's capture chain (1-based). */
  chainSeq: z.number().int().positive(),
  /** The capture's chain hash. */
  sha256: sha256HexSchema,
  capturedAt: isoInstantSchema,
  publicKey: publicJwkSchema,
  /** Optional signature of the sha256 by the install key (base64url), kept as sent. */
  signature: b64url.optional(),
});
export type AttestationInput = z.input<typeof attestationSchema>;

export const ATTESTATIONS_PER_REQUEST = 200;
/** `POST /v1/attestations`. */
export const attestationPushRequestSchema = z.object({
  attestations: z.array(attestationSchema).min(1).max(ATTESTATIONS_PER_REQUEST),
});
export const attestationReceiptSchema = z.object({
  captureId: z.string(),
  seq: z.number().int().positive(),
  receivedAt: z.string(),
  /** RFC 7638 JWK thumbprint (SHA-256, base64url) of `publicKey`. */
  keyFingerprint: z.string(),
  duplicate: z.boolean(),
});
export const attestationPushResponseSchema = z.object({ receipts: z.array(attestationReceiptSchema) });

export const storedAttestationSchema = z.object({
  seq: z.number().int().positive(),
  captureId: z.string(),
  chainSeq: z.number().int().positive(),
  sha256: z.string(),
  capturedAt: z.string(),
  memberId: z.string(),
  agent: z.string(),
  keyFingerprint: z.string(),
  publicKey: publicJwkSchema,
  signature: z.string().nullable(),
  receivedAt: z.string(),
});
export type StoredAttestation = z.infer<typeof storedAttestationSchema>;
/** `GET /v1/attestations/by-hash/:sha256`: every attestation of that hash in the workspace (empty when none). */
export const attestationLookupResponseSchema = z.object({ attestations: z.array(storedAttestationSchema) });
