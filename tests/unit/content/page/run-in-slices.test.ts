import { afterEach, describe, expect, it, vi } from 'vitest';
import { sliceRunner } from '../../../../entrypoints/sellercentral.content/page/run-in-slices';

const items = (count: number) => Array.from({ length: count }, (_, i) => i);
/** A clock that moves only when a step says it took time, so slices do not depend on the machine's load. */
let now = 0;
const takes = (ms: number) => {
  now += ms;
};
afterEach(() => {
  vi.restoreAllMocks();
});

describe('running a list in slices', () => {
  it('runs every item, in order, and resolves true', async () => {
    const seen: number[] = [];
    const done = await sliceRunner(new AbortController().signal)(items(50), (i) => seen.push(i));
    expect(done).toBe(true);
    expect(seen).toEqual(items(50));
  });

  it('gives the page the main thread back once a slice has used its budget', async () => {
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const seen: number[] = [];
    const run = sliceRunner(new AbortController().signal, 5)(items(6), (i) => {
      seen.push(i);
      takes(3);
    });
    // Synchronously only the first slice ran: two items of 3 ms fill a 5 ms budget.
    expect(seen).toEqual([0, 1]);
    expect(await run).toBe(true);
    expect(seen).toEqual(items(6));
  });

  it('runs items that fit the budget in one slice', () => {
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const seen: number[] = [];
    void sliceRunner(new AbortController().signal, 8)(items(20), (i) => {
      seen.push(i);
      takes(0.1);
    });
    expect(seen).toEqual(items(20));
  });

  it('a newer run cancels the older one at its next yield', async () => {
    const run = sliceRunner(new AbortController().signal, 0);
    const older: number[] = [];
    const newer: number[] = [];
    const first = run(items(5), (i) => older.push(i));
    const second = run(items(5), (i) => newer.push(i));
    expect(await first).toBe(false);
    expect(await second).toBe(true);
    expect(older).toEqual([0]);
    expect(newer).toEqual(items(5));
  });

  it('stops when the page session ends, and starts nothing after', async () => {
    const controller = new AbortController();
    const run = sliceRunner(controller.signal, 0);
    const seen: number[] = [];
    const pending = run(items(5), (i) => seen.push(i));
    controller.abort();
    expect(await pending).toBe(false);
    expect(seen).toEqual([0]);
    expect(await run(items(5), (i) => seen.push(i))).toBe(false);
    expect(seen).toEqual([0]);
  });
});
