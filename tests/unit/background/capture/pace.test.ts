import { describe, expect, it } from 'vitest';
import { pacedCapture } from '../../../../entrypoints/background/capture/pace';

/** A fake clock: sleeping advances time instantly. */
function clock() {
  let time = 1_000;
  return { now: () => time, sleep: async (ms: number) => void (time += ms) };
}

describe('paced captureVisibleTab', () => {
  it('leaves at least the minimum interval between calls, even when asked all at once', async () => {
    const c = clock();
    const calls: number[] = [];
    const capture = pacedCapture(async (n: number) => (calls.push(c.now()), n), { minIntervalMs: 520, ...c });
    expect(await Promise.all([1, 2, 3, 4].map((n) => capture(null, n)))).toEqual([1, 2, 3, 4]);
    const gaps = calls.slice(1).map((t, i) => t - calls[i]!);
    expect(gaps.every((gap) => gap >= 520)).toBe(true);
  });

  it('retries after Chrome’s per-second quota error and then succeeds', async () => {
    const c = clock();
    let failures = 2;
    const capture = pacedCapture(
      async () => {
        if (failures-- > 0) throw new Error('This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.');
        return 'data:image/png;base64,AAAA';
      },
      { minIntervalMs: 520, ...c },
    );
    await expect(capture(null)).resolves.toBe('data:image/png;base64,AAAA');
    expect(failures).toBe(-1);
  });

  it.each([
    ['a permission error at once', 'Either the \'<all_urls>\' or \'activeTab\' permission is required.', 1],
    ['a quota error after the retries run out', 'MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND', 3],
  ])('gives up on %s', async (_name, message, expectedCalls) => {
    let calls = 0;
    const capture = pacedCapture(
      async () => {
        calls++;
        throw new Error(message);
      },
      { retries: 2, ...clock() },
    );
    await expect(capture(null)).rejects.toThrow(message);
    expect(calls).toBe(expectedCalls);
  });

  it('keeps working after a failed call', async () => {
    let fail = true;
    const capture = pacedCapture(
      async () => {
        if (fail) {
          fail = false;
          throw new Error('tab closed');
        }
        return 'ok';
      },
      clock(),
    );
    await expect(capture(null)).rejects.toThrow('tab closed');
    await expect(capture(null)).resolves.toBe('ok');
  });

  it('prepares the page when the call’s turn has come, right before the screenshot', async () => {
    const c = clock();
    const events: string[] = [];
    const capture = pacedCapture(async () => void events.push(`shot@${c.now()}`), { minIntervalMs: 520, ...c });
    await capture(null);
    await capture(async () => void events.push(`hide@${c.now()}`));
    expect(events).toEqual(['shot@1000', 'hide@1520', 'shot@1520']);
  });
});
