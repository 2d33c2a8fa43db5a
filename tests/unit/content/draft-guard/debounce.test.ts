import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../../../entrypoints/sellercentral.content/draft-guard/debounce';

describe('analysis scheduling while typing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('analyses once typing pauses, and at least every maxWait while typing continues', () => {
    const runs: number[] = [];
    const start = Date.now();
    const later = debounce(() => runs.push(Date.now() - start), { wait: 120, maxWait: 400 }, new AbortController().signal);
    // A keystroke every 50 ms for one second, then a pause.
    for (let t = 0; t < 1000; t += 50) {
      later.schedule();
      vi.advanceTimersByTime(50);
    }
    vi.advanceTimersByTime(500);
    expect(runs).toEqual([400, 800, 1070]);
  });

  it('drops a pending analysis when the page session ends', () => {
    const controller = new AbortController();
    const fn = vi.fn();
    debounce(fn, { wait: 100, maxWait: 300 }, controller.signal).schedule();
    controller.abort();
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
  });
});
