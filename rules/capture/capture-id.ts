/**
 * Capture ids sort NEWEST FIRST as plain strings: `c-<12 hex digits>-<12 hex digits>`, the
 * first part being 0xffffffffffff minus the capture time in Unix milliseconds, the second
 * random. The archive search relies on it: IndexedDB keeps each search term's captures in id
 * order, so "the newest captures with this word" is a short forward index read. (Forward,
 * because Chromium's IndexedDB reads an index backwards an order of magnitude slower:
 * measured 88 ms against 6 ms for 200 ids at 100,000 captures, tests/bench/archive.bench-run.ts.)
 */

const MAX_MS = 0xffff_ffff_ffff;
const ID_RE = /^c-([0-9a-f]{12})-[0-9a-f]{12}$/;

const hex12 = (value: number) => Math.max(0, Math.min(Math.floor(value), MAX_MS)).toString(16).padStart(12, '0');

/**
 * A new capture id for a capture taken at `at`.
 * @example newCaptureId('2026-07-05T09:30:00.000Z') // 'c-fe67cd5e31bf-3f9a0c1d2e4b'
 */
export function newCaptureId(at: Date | string, random: Uint8Array = crypto.getRandomValues(new Uint8Array(6))): string {
  const tail = Array.from(random.subarray(0, 6), (b) => b.toString(16).padStart(2, '0')).join('');
  return `c-${hex12(MAX_MS - new Date(at).getTime())}-${tail}`;
}

/**
 * The id boundary at time `at`: captures taken at or after `at` have smaller ids, captures
 * taken before it have ids at or above it. So captures in [from, to) have ids in
 * [captureIdBoundary(to), captureIdBoundary(from)).
 * @example newCaptureId('2026-01-01T00:00:00Z') < captureIdBoundary('2026-01-01T00:00:00Z') // true
 */
export function captureIdBoundary(at: Date | string): string {
  return `c-${hex12(MAX_MS - new Date(at).getTime() + 1)}-`;
}

/** Capture time encoded in an id, or null for ids of another form. */
export function captureIdTime(id: string): Date | null {
  const m = ID_RE.exec(id);
  return m ? new Date(MAX_MS - parseInt(m[1]!, 16)) : null;
}

/**
 * True when `id` is a capture id (`c-<12 hex>-<12 hex>`) whose time part is `capturedAt`, as
 * `newCaptureId` makes them. A forged `c-000000000000-…` (which would always sort newest) fails.
 * @example isCaptureIdOf(newCaptureId('2026-07-05T09:30:00.000Z'), '2026-07-05T09:30:00.000Z') // true
 */
export function isCaptureIdOf(id: string, capturedAt: string): boolean {
  return captureIdTime(id)?.getTime() === Date.parse(capturedAt);
}
