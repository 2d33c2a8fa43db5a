import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** SHA-256 hex of a token or invite code: the only form the database keeps. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A new bearer token (256 random bits). */
export function newToken(): string {
  return `sgt_${randomBytes(32).toString('base64url')}`;
}

/** A new one-time invite code (144 random bits, easy to paste). */
export function newInviteCode(): string {
  return `sgi_${randomBytes(18).toString('base64url')}`;
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(hashSecret(a), 'hex');
  const right = Buffer.from(hashSecret(b), 'hex');
  return timingSafeEqual(left, right);
}
