import { describe, expect, it } from 'vitest';
import { captureIdAtOrAfter, captureIdTime, newCaptureId } from '../../../rules/capture-id';

describe('capture ids (UUIDv7)', () => {
  it('are RFC 9562 version 7 UUIDs that carry the capture time', () => {
    const id = newCaptureId('2026-07-05T09:30:00.123Z');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(captureIdTime(id)?.toISOString()).toBe('2026-07-05T09:30:00.123Z');
  });

  it('sort as strings in capture-time order', () => {
    const times = ['2024-01-01T00:00:00Z', '2025-06-30T23:59:59.999Z', '2025-07-01T00:00:00Z', '2026-12-31T12:00:00Z'];
    const ids = [...times].reverse().map((t) => newCaptureId(t));
    expect([...ids].sort().map((id) => captureIdTime(id)!.getTime())).toEqual(times.map((t) => Date.parse(t)));
  });

  it('differ for captures in the same millisecond', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newCaptureId('2026-01-01T00:00:00Z')));
    expect(ids.size).toBe(200);
  });

  it('give a lower bound for a date', () => {
    const bound = captureIdAtOrAfter('2026-01-01T00:00:00Z');
    expect(newCaptureId('2026-01-01T00:00:00Z') >= bound).toBe(true);
    expect(newCaptureId('2025-12-31T23:59:59.999Z') < bound).toBe(true);
  });

  it('reads no time out of other ids', () => {
    expect(captureIdTime('c-1')).toBeNull();
    expect(captureIdTime(crypto.randomUUID())).toBeNull();
  });
});
