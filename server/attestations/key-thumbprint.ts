import { createHash } from 'node:crypto';
import type { PublicJwk } from '../../rules/team/attestation-protocol';

/**
 * RFC 7638 JWK thumbprint: SHA-256 (base64url) of the key's required members, in
 * lexicographic order, as JSON without whitespace. The same key always gives the same
 * fingerprint, whatever optional members (alg, key_ops) it was sent with.
 */
export function jwkThumbprint(jwk: PublicJwk): string {
  const required =
    jwk.kty === 'EC'
      ? { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }
      : jwk.kty === 'OKP'
        ? { crv: jwk.crv, kty: jwk.kty, x: jwk.x }
        : { e: jwk.e, kty: jwk.kty, n: jwk.n };
  return createHash('sha256').update(JSON.stringify(required), 'utf8').digest('base64url');
}
