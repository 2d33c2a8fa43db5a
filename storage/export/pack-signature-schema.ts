import { z } from 'zod';

/**
 * # `manifest.sig.json` (evidence pack version 2)
 *
 * The detached signature of `manifest.json`, by the exporting install's key:
 *
 * | Field | What |
 * | --- | --- |
 * | `format` | `seller-guard-pack-signature` |
 * | `algorithm` | `ECDSA-P256-SHA256`: ECDSA on P-256 with SHA-256 (WebCrypto), signature as IEEE P1363 `r‖s` (64 bytes) |
 * | `signedFile` | `manifest.json`: the signature covers its exact bytes |
 * | `publicKey` | the signer's public key, SubjectPublicKeyInfo DER, base64 |
 * | `fingerprint` | SHA-256 of those SPKI bytes, lower-case hex in 16 groups of four separated by spaces |
 * | `signature` | base64 |
 * | `signedBy` | the agent name in the exporting install's settings (a claim, not proof) |
 * | `signedAt` | ISO 8601 |
 *
 * `manifest.json` lists every other file's SHA-256, so the signature covers the whole pack.
 * A valid signature proves the pack is as that key's holder wrote it; which person or install
 * holds the key is only known if the team recorded the fingerprint (Options shows it).
 */
export const SIGNATURE_FILE = 'manifest.sig.json';
export const SIGNATURE_FORMAT = 'seller-guard-pack-signature';
export const SIGNATURE_ALGORITHM = 'ECDSA-P256-SHA256';
export const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' } as const;

const base64 = z.string().max(400).regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64');

export const packSignatureSchema = z.object({
  format: z.literal(SIGNATURE_FORMAT),
  algorithm: z.literal(SIGNATURE_ALGORITHM),
  signedFile: z.literal('manifest.json'),
  publicKey: base64,
  fingerprint: z.string().regex(/^[0-9a-f]{4}(?: [0-9a-f]{4}){15}$/, 'a SHA-256 fingerprint in groups of four'),
  signature: base64,
  signedBy: z.string().max(200),
  signedAt: z.iso.datetime(),
});
export type PackSignature = z.infer<typeof packSignatureSchema>;

export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function bytesOfBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/**
 * A public key's fingerprint: SHA-256 of its SPKI bytes, hex in groups of four.
 * @example await fingerprintOf(spki) // '3f9a 0c1d 2e4b … 77e2'
 */
export async function fingerprintOf(spki: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', spki as Uint8Array<ArrayBuffer>));
  const hex = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  return hex.match(/.{4}/g)!.join(' ');
}
