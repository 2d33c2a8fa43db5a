import { canonicalJson } from './canonical-json';

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function toHex(buffer: ArrayBuffer): string {
  let hex = '';
  for (const byte of new Uint8Array(buffer)) hex += HEX[byte];
  return hex;
}

/**
 * SHA-256 (Web Crypto) as 64 lower-case hex digits. Strings are hashed as UTF-8.
 * @example await sha256Hex('abc') // 'ba7816bf…f20015ad'
 */
export async function sha256Hex(input: string | ArrayBuffer | Uint8Array | Blob): Promise<string> {
  const bytes =
    typeof input === 'string'
      ? new TextEncoder().encode(input)
      : input instanceof Uint8Array
        ? input
        : input instanceof ArrayBuffer
          ? new Uint8Array(input)
          : new Uint8Array(await input.arrayBuffer());
  return toHex(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

/** SHA-256 of a value's canonical JSON (see `canonicalJson`). */
export function hashCanonical(value: unknown): Promise<string> {
  return sha256Hex(canonicalJson(value));
}
