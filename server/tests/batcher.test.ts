import { describe, expect, it } from 'vitest';
import { Batcher, type Settled } from '../db/batcher';

const databaseDown = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });

function recordingBatcher(concurrency: number, fail: (items: number[]) => unknown = () => null) {
  const batches: number[][] = [];
  const batcher = new Batcher<number, number>(
    async (items): Promise<Settled<number>[]> => {
      batches.push(items);
      await new Promise((resolve) => setTimeout(resolve, 5));
      const error = fail(items);
      if (error) throw error;
      return items.map((n) => (n < 0 ? { error: new Error(`negative ${n}`) } : { value: n * 10 }));
    },
    { concurrency, maxWeight: 5, weight: () => 1, retryAlone: (error) => error !== databaseDown },
  );
  return { batcher, batches };
}

describe('Batcher', () => {
  it('runs an item at once when idle, and items arriving meanwhile together, up to the weight limit', async () => {
    const { batcher, batches } = recordingBatcher(1);
    const answers = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((n) => batcher.push(n)));
    expect(answers).toEqual([10, 20, 30, 40, 50, 60, 70, 80]);
    expect(batches).toEqual([[1], [2, 3, 4, 5, 6], [7, 8]]);
  });

  it('answers each item with its own outcome', async () => {
    const { batcher } = recordingBatcher(1);
    const answers = await Promise.allSettled([1, -2, 3].map((n) => batcher.push(n)));
    expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('runs up to `concurrency` batches side by side', async () => {
    const { batcher, batches } = recordingBatcher(3);
    await Promise.all([1, 2, 3, 4].map((n) => batcher.push(n)));
    expect(batches).toEqual([[1], [2], [3], [4]]);
  });

  it('runs the items of a batch that failed as a whole again alone, so only the bad one fails', async () => {
    const { batcher, batches } = recordingBatcher(1, (items) => (items.includes(13) ? new Error('bad row') : null));
    const answers = await Promise.allSettled([1, 2, 13, 4].map((n) => batcher.push(n)));
    expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(batches).toEqual([[1], [2, 13, 4], [2], [13], [4]]);
  });

  it('does not retry item by item when the database is down: every item gets that error', async () => {
    const { batcher, batches } = recordingBatcher(1, (items) => (items.length > 1 ? databaseDown : null));
    const answers = await Promise.allSettled([1, 2, 3].map((n) => batcher.push(n)));
    expect(answers.map((a) => (a.status === 'rejected' ? a.reason : a.value))).toEqual([10, databaseDown, databaseDown]);
    expect(batches).toEqual([[1], [2, 3]]);
  });
});
