import { db } from '../db';
import { t } from '../../locales/current';
import { base64Of, fingerprintOf } from './pack-signature-schema';

/**
 * This install's evidence-pack signing key: an ECDSA P-256 key pair made with WebCrypto on
 * first use. The private key is not extractable (no script, not even ours, can read its
 * bytes); the CryptoKey objects are stored as they are in IndexedDB's `meta` table, which
 * keeps them by structured clone (no schema change).
 */
export interface SigningKey {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** The public key, SubjectPublicKeyInfo DER in base64. */
  spki: string;
  /** SHA-256 of the SPKI bytes, hex in groups of four: what a team records. */
  fingerprint: string;
  createdAt: string;
}

/** Where the key pair is kept; the `meta` table by default, something else in a test. */
export interface SigningKeyStore {
  load(): Promise<unknown>;
  /** Keep `key` unless a key is already kept; answer the kept one. */
  keepFirst(key: SigningKey): Promise<unknown>;
}

export const SIGNING_KEY_META = 'signing-key';

export const metaKeyStore: SigningKeyStore = {
  load: async () => (await db.meta.get(SIGNING_KEY_META))?.value,
  keepFirst: (key) =>
    db.transaction('rw', db.meta, async () => {
      const kept = (await db.meta.get(SIGNING_KEY_META))?.value;
      if (kept) return kept;
      await db.meta.add({ key: SIGNING_KEY_META, value: key });
      return key;
    }),
};

function isSigningKey(value: unknown): value is SigningKey {
  const key = value as Partial<SigningKey> | null;
  return (
    typeof key === 'object' &&
    key !== null &&
    key.privateKey instanceof CryptoKey &&
    key.privateKey.type === 'private' &&
    key.publicKey instanceof CryptoKey &&
    typeof key.spki === 'string' &&
    typeof key.fingerprint === 'string'
  );
}

function checked(value: unknown): SigningKey {
  if (!isSigningKey(value)) throw new Error(t('problem.sig.keyDamaged'));
  return value;
}

/**
 * This install's signing key, made and kept on first use (two pages asking at once get the same key).
 * @example const { fingerprint } = await installSigningKey() // '3f9a 0c1d … 77e2'
 */
export async function installSigningKey(store: SigningKeyStore = metaKeyStore, now = new Date()): Promise<SigningKey> {
  const kept = await store.load();
  if (kept !== undefined) return checked(kept);
  const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  const key: SigningKey = { ...pair, spki: base64Of(spki), fingerprint: await fingerprintOf(spki), createdAt: now.toISOString() };
  return checked(await store.keepFirst(key));
}
