import { describe, expect, it } from 'vitest';
import { BENCH_TARGETS, judgeLine, judgeResults } from '../../bench/targets.mjs';

describe('benchmark targets', () => {
  it.each([
    ['watchlist.match.p95: 0.014 ms', 'watchlist.match.p95: 0.014 ms (target ≤ 5 ms) ok', false],
    ['watchlist.match.p95: 5 ms', 'watchlist.match.p95: 5 ms (target ≤ 5 ms) ok', false],
    ['watchlist.match.p95: 5.001 ms', 'watchlist.match.p95: 5.001 ms (target ≤ 5 ms) MISSED', true],
    ['archive.popup.open_to_results: 299 ms', 'archive.popup.open_to_results: 299 ms (target < 300 ms) ok', false],
    ['archive.popup.open_to_results: 300 ms', 'archive.popup.open_to_results: 300 ms (target < 300 ms) MISSED', true],
    [
      'draft guard, typing 2,000 chars: page tasks over 50 ms wall clock (any code): 1 tasks',
      'draft guard, typing 2,000 chars: page tasks over 50 ms wall clock (any code): 1 tasks (target ≤ 0 tasks) MISSED',
      true,
    ],
    ['watchlist.index.build: 812.5 ms', 'watchlist.index.build: 812.5 ms (no target)', false],
  ])('%s', (input, line, missed) => {
    expect(judgeLine(input)).toEqual({ line, missed });
  });

  it('lists every missed figure of a run, so the run fails', () => {
    const { text, missed } = judgeResults('draft.analyze.median: 0.598 ms\ndraft.ratio: 2.5 x\ncapture.visible.click_to_stored: 1600 ms\n');
    expect(text.split('\n').filter(Boolean)).toHaveLength(3);
    expect(missed).toEqual([
      'draft.ratio: 2.5 x (target ≤ 2 x) MISSED',
      'capture.visible.click_to_stored: 1600 ms (target ≤ 1500 ms) MISSED',
    ]);
  });

  it('names only figures the benchmarks print', async () => {
    const sources = Object.values(import.meta.glob<string>('../../bench/*.bench-run.ts', { query: '?raw', import: 'default', eager: true })).join('\n');
    for (const name of Object.keys(BENCH_TARGETS)) {
      const printed = sources.includes(`'${name}'`) || /archive\.search\.(word|order|filtered)\.p95/.test(name);
      expect(printed, name).toBe(true);
    }
  });
});
