import { describe, expect, it } from 'vitest';
import { captureIdBoundary, captureIdTime, newCaptureId } from '../../../../rules/capture/capture-id';

describe('capture ids', () => {
  it('carry the capture time', () => {
    const id = newCaptureId('2026-07-05T09:30:00.123Z');
    expect(id).toMatch(/^c-[0-9a-f]{12}-[0-9a-f]{12}$/);
    expect(captureIdTime(id)?.toISOString()).toBe('2026-07-05T09:30:00.123Z');
  });

  it('sort as strings newest first', () => {
    const times = ['2024-01-01T00:00:00Z', '2025-06-30T23:59:59.999Z', '2025-07-01T00:00:00Z', '2026-12-31T12:00:00Z'];
    const ids = times.map((t) => newCaptureId(t));
    expect([...ids].sort().map((id) => captureIdTime(id)!.getTime())).toEqual(times.map((t) => Date.parse(t)).reverse());
  });

  it('differ for captures in the same millisecond', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newCaptureId('2026-01-01T00:00:00Z')));
    expect(ids.size).toBe(200);
  });

  it.each([
    ['at the boundary', '2026-01-01T00:00:00.000Z', true],
    ['after it', '2026-03-01T00:00:00.000Z', true],
    ['a millisecond before', '2025-12-31T23:59:59.999Z', false],
  ])('put a capture %s on the right side of a date boundary', (_label, at, atOrAfter) => {
    expect(newCaptureId(at) < captureIdBoundary('2026-01-01T00:00:00Z')).toBe(atOrAfter);
  });

  it('read no time out of other ids', () => {
    expect(captureIdTime('c-1')).toBeNull();
    expect(captureIdTime(crypto.randomUUID())).toBeNull();
  });
});
