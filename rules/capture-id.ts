/**
 * Capture ids are UUIDv7 (RFC 9562): the first 48 bits are the capture time in Unix
 * milliseconds, so ids sort by capture time as plain strings. The archive search relies on
 * it: IndexedDB keeps each search term's captures in id order, so "the newest captures
 * with this word" is one bounded, backwards index read instead of a sort of every match.
 */

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function timeHex(ms: number): string {
  return Math.max(0, Math.min(Math.floor(ms), 0xffff_ffff_ffff)).toString(16).padStart(12, '0');
}

/**
 * A new capture id for a capture taken at `at`.
 * @example newCaptureId('2026-07-05T09:30:00.000Z') // '019832a1-ce40-7…'
 */
export function newCaptureId(at: Date | string, random: Uint8Array = crypto.getRandomValues(new Uint8Array(10))): string {
  const t = timeHex(new Date(at).getTime());
  const r = Array.from(random, (b) => HEX[b]!).join('');
  const variant = HEX[(random[2]! & 0x3f) | 0x80]!;
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${r.slice(1, 4)}-${variant}${r.slice(6, 8)}-${r.slice(8, 20)}`;
}

/**
 * The smallest id a capture taken at or after `at` can have (for id ranges by date).
 * @example captureIdAtOrAfter('2026-01-01T00:00:00Z') <= newCaptureId('2026-01-01T00:00:00Z') // true
 */
export function captureIdAtOrAfter(at: Date | string): string {
  const t = timeHex(new Date(at).getTime());
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-`;
}

/** Capture time encoded in a UUIDv7 id, or null for ids of another form. */
export function captureIdTime(id: string): Date | null {
  const m = /^([0-9a-f]{8})-([0-9a-f]{4})-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.exec(id);
  return m ? new Date(parseInt(m[1]! + m[2]!, 16)) : null;
}
