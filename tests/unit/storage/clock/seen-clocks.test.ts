import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordSeenClocks, seenClocksOf, summarizeSeenClocks } from '../../../../storage/clock/seen-clocks';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 7, 12);

describe('seen response clocks', () => {
  it('counts only the threads seen in the last day', async () => {
    await recordSeenClocks([{ caseId: 'yesterday', dueAt: NOW - 30 * HOUR }], NOW - 25 * HOUR);
    await recordSeenClocks([{ caseId: 'today', dueAt: NOW + HOUR }], NOW - HOUR);
    expect(await summarizeSeenClocks(4, NOW)).toEqual({ seen: 1, dueSoon: 1, overdue: 0, warnHours: 4 });
    expect(await seenClocksOf(['yesterday', 'today'], NOW)).toEqual({ today: NOW + HOUR });
  });

  it('keeps every report of threads written at once from several pages', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => recordSeenClocks([{ caseId: `c${i}`, dueAt: NOW - i }], NOW)));
    expect((await summarizeSeenClocks(4, NOW)).seen).toBe(20);
  });

  it('reads a damaged record as nothing seen, and writes over it', async () => {
    await fakeBrowser.storage.local.set({ responseClocks: { a: { dueAt: 'x' } } });
    expect(await summarizeSeenClocks(4, NOW)).toEqual({ seen: 0, dueSoon: 0, overdue: 0, warnHours: 4 });
    await recordSeenClocks([{ caseId: 'b', dueAt: null }], NOW);
    expect(await seenClocksOf(['a', 'b'], NOW)).toEqual({ b: null });
  });
});
