import { describe, expect, it } from 'vitest';
import { readAhead } from '../../../../storage/export/read-ahead';

async function* count(n: number) {
  for (let i = 0; i < n; i++) yield i;
}

describe('reading ahead', () => {
  it('yields results in the order of the items, with at most `ahead` more running than consumed', async () => {
    let running = 0;
    let most = 0;
    const results: number[] = [];
    // Later items finish first: the order must still be the items'.
    const work = async (i: number) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 12 - i));
      running--;
      return i * 10;
    };
    for await (const result of readAhead(count(12), 3, work)) results.push(result);
    expect(results).toEqual(Array.from({ length: 12 }, (_, i) => i * 10));
    expect(most).toBeLessThanOrEqual(4);
  });

  it('reports a failure at its turn, after the results before it', async () => {
    const seen: number[] = [];
    const work = async (i: number) => {
      if (i === 2) throw new Error('screenshot unreadable');
      return i;
    };
    await expect(
      (async () => {
        for await (const result of readAhead(count(6), 4, work)) seen.push(result);
      })(),
    ).rejects.toThrow('screenshot unreadable');
    expect(seen).toEqual([0, 1]);
  });
});
