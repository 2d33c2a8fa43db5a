import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../../../entrypoints/sellercentral.content/page/debounce';

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

describe('waiting for a busy page to settle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('without maxWait, runs only once changes pause; a longer first delay is shortened by later calls', () => {
    const fn = vi.fn();
    const later = debounce(fn, { wait: 100 }, new AbortController().signal);
    later.schedule(400);
    vi.advanceTimersByTime(50);
    for (let t = 0; t < 1000; t += 50) {
      later.schedule();
      vi.advanceTimersByTime(50);
    }
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('cancel drops the pending run', () => {
    const fn = vi.fn();
    const later = debounce(fn, { wait: 100 }, new AbortController().signal);
    later.schedule();
    later.cancel();
    vi.advanceTimersByTime(500);
    expect(fn).not.toHaveBeenCalled();
  });
});
