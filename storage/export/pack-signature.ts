import { t } from '../../locales/current';
import {
  base64Of,
  bytesOfBase64,
  ECDSA_P256,
  ECDSA_SHA256,
  fingerprintOf,
  packSignatureSchema,
  SIGNATURE_ALGORITHM,
  SIGNATURE_FORMAT,
  type PackSignature,
} from './pack-signature-schema';
import type { SigningKey } from './signing-key';

/**
 * Sign `manifest.json`'s exact bytes with this install's key (see pack-signature-schema.ts).
 * @example const signature = await signManifest(bytes, await installSigningKey(), 'Dana')
 */
export async function signManifest(manifest: Uint8Array, key: SigningKey, agent: string, now = new Date()): Promise<PackSignature> {
  const signature = new Uint8Array(await crypto.subtle.sign(ECDSA_SHA256, key.privateKey, manifest as Uint8Array<ArrayBuffer>));
  return {
    format: SIGNATURE_FORMAT,
    algorithm: SIGNATURE_ALGORITHM,
    signedFile: 'manifest.json',
    publicKey: key.spki,
    fingerprint: key.fingerprint,
    signature: base64Of(signature),
    signedBy: agent,
    signedAt: now.toISOString(),
  };
}

export type SignatureCheck = { ok: true; fingerprint: string; signedBy: string; signedAt: string } | { ok: false; problem: string };

const refused = (problem: string): SignatureCheck => ({ ok: false, problem });

/**
 * Check a detached signature (the raw bytes of manifest.sig.json) against manifest.json's
 * bytes. The key is the one the signature file carries: a valid check proves the manifest is
 * as that key's holder signed it, not who that is (compare the fingerprint with the team's).
 * @example await checkManifestSignature(manifestBytes, sigBytes) // { ok: true, fingerprint: '3f9a …', signedBy: 'Dana', … }
 */
export async function checkManifestSignature(manifest: Uint8Array, signatureFile: Uint8Array): Promise<SignatureCheck> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(signatureFile));
  } catch {
    return refused(t('problem.sig.notJson'));
  }
  const parsed = packSignatureSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return refused(t('problem.sig.invalid', { path: issue.path.join('.') || 'root', error: issue.message }));
  }
  const sig = parsed.data;
  const spki = bytesOfBase64(sig.publicKey);
  if ((await fingerprintOf(spki)) !== sig.fingerprint) return refused(t('problem.sig.fingerprint'));
  let valid: boolean;
  try {
    const key = await crypto.subtle.importKey('spki', spki, ECDSA_P256, false, ['verify']);
    valid = await crypto.subtle.verify(ECDSA_SHA256, key, bytesOfBase64(sig.signature), manifest as Uint8Array<ArrayBuffer>);
  } catch {
    return refused(t('problem.sig.notP256'));
  }
  if (!valid) return refused(t('problem.sig.mismatch', { fingerprint: sig.fingerprint }));
  return { ok: true, fingerprint: sig.fingerprint, signedBy: sig.signedBy, signedAt: sig.signedAt };
}
