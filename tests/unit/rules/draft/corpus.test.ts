import { describe, expect, it } from 'vitest';
import { analyzeDraft, DRAFT_CATEGORIES, type DraftCategory } from '../../../../rules/draft/draft-engine';
import { DRAFT_CORPUS, type DraftCase } from '../../../fixtures/drafts';

/**
 * The labelled corpus, scored as a whole: a risky draft is caught when every expected category
 * is found; a safe draft is a false positive when any `warn` or `block` finding is raised.
 * Prints recall per category and per language so a regression shows where it is.
 */

const MIN_RECALL = 0.95;
const MAX_FALSE_POSITIVE_RATE = 0.02;

interface Scored {
  draft: DraftCase;
  found: Set<DraftCategory>;
  raised: string[];
}

const scored: Scored[] = DRAFT_CORPUS.map((draft) => {
  const findings = analyzeDraft(draft.text);
  return {
    draft,
    found: new Set(findings.map((f) => f.category)),
    raised: findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId} "${draft.text.slice(f.start, f.end)}"`),
  };
});
const risky = scored.filter((s) => s.draft.expect.length > 0);
const safe = scored.filter((s) => s.draft.expect.length === 0);
const caught = (s: Scored) => s.draft.expect.every((c) => s.found.has(c));
const missed = risky.filter((s) => !caught(s));
const falsePositives = safe.filter((s) => s.raised.length > 0);
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

function report(): string {
  const lines = [`draft corpus: ${DRAFT_CORPUS.length} drafts, ${risky.length} risky, ${safe.length} safe`];
  for (const lang of ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh'] as const) {
    const all = scored.filter((s) => s.draft.lang === lang);
    const r = all.filter((s) => s.draft.expect.length > 0);
    const fp = all.filter((s) => s.draft.expect.length === 0 && s.raised.length > 0).length;
    lines.push(`  ${lang}: ${all.length} drafts (${r.length} risky), recall ${pct(r.filter(caught).length, r.length)}, false positives ${fp}`);
  }
  for (const category of DRAFT_CATEGORIES) {
    const expecting = risky.filter((s) => s.draft.expect.includes(category));
    lines.push(`  recall ${category}: ${pct(expecting.filter((s) => s.found.has(category)).length, expecting.length)} of ${expecting.length}`);
  }
  lines.push(`  recall (all expected categories found): ${pct(risky.length - missed.length, risky.length)}`);
  lines.push(`  false-positive rate (safe drafts with warn/block): ${pct(falsePositives.length, safe.length)}`);
  for (const s of missed) {
    const lost = s.draft.expect.filter((c) => !s.found.has(c));
    lines.push(`  MISSED ${lost.join(', ')}: [${s.draft.lang}] ${s.draft.text.slice(0, 110)}`);
  }
  for (const s of falsePositives) lines.push(`  FALSE POSITIVE [${s.draft.lang}] ${s.raised.join('; ')}`);
  return lines.join('\n');
}

describe('draft corpus', () => {
  it('holds at least 300 drafts in all seven languages', () => {
    expect(DRAFT_CORPUS.length).toBeGreaterThanOrEqual(300);
    expect(new Set(DRAFT_CORPUS.map((d) => d.lang)).size).toBe(7);
  });

  it(`catches at least ${MIN_RECALL * 100}% of risky drafts and flags at most ${MAX_FALSE_POSITIVE_RATE * 100}% of safe ones`, () => {
    console.log(report());
    expect((risky.length - missed.length) / risky.length).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(falsePositives.length / safe.length).toBeLessThanOrEqual(MAX_FALSE_POSITIVE_RATE);
  });
});
