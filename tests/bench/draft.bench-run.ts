import { LinkifyIt } from 'linkify-it';
import { expect, it } from 'vitest';
import { analyzeDraft } from '../../rules/draft/draft-engine';
import { buildBenchDraft } from '../fixtures/drafts/bench-draft';
import { recordBench } from './record';

/**
 * The draft guard's engine against its link-only peer: linkify-it's `match()` with fuzzy
 * links, emails and IPs on, on the same realistic 2,000-character reply, measured
 * interleaved in one run so both see the same machine load. Targets (issue #3): analyzeDraft
 * median ≤ 1 ms and ≤ 2× linkify-it.
 */

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

it('analyzeDraft against linkify-it match() on a 2,000-character draft', () => {
  const draft = buildBenchDraft(2000);
  const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true });
  const rounds = 2000;
  let sink = 0;
  for (let i = 0; i < 300; i++) sink += analyzeDraft(draft).length + (linkify.match(draft)?.length ?? 0);

  const analyze: number[] = [];
  const link: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let t = performance.now();
    sink += analyzeDraft(draft).length;
    analyze.push(performance.now() - t);
    t = performance.now();
    sink += linkify.match(draft)?.length ?? 0;
    link.push(performance.now() - t);
  }

  const categories = new Set(analyzeDraft(draft).map((f) => f.category));
  expect(draft).toHaveLength(2000);
  expect([...categories].sort()).toEqual(['email', 'off-platform', 'phone']);
  expect(sink).toBeGreaterThan(0);
  recordBench('draft.analyze.median', median(analyze), 'ms');
  recordBench('draft.linkify.median', median(link), 'ms');
  recordBench('draft.ratio', median(analyze) / median(link), 'x');
});
