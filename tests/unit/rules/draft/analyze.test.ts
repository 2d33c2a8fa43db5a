import { describe, expect, it } from 'vitest';
import {
  analyzeDraft,
  DRAFT_ADVICE,
  DRAFT_CATEGORIES,
  DRAFT_CATEGORY_LABELS,
  type DraftCategory,
  type DraftSeverity,
  hasBlockingFinding,
} from '../../../../rules/draft/draft-engine';
import { DRAFT_CORPUS } from '../../../fixtures/drafts';

/** One draft that raises every category. */
const EVERYTHING = [
  'Email me at anna@shop.de or call +49 151 23456789, or WhatsApp me.',
  'Visit www.shop.de for the manual.',
  'Let\'s continue outside Amazon.',
  'Please send your card number.',
  'Leave a 5-star review and get a $10 gift card.',
  'Use code SAVE20 for 20% off!',
  'Thanks 😊',
].join(' ');

describe('analyzeDraft', () => {
  it('returns nothing for an empty or plain draft', () => {
    expect(analyzeDraft('')).toEqual([]);
    expect(analyzeDraft('Your replacement ships today. Thank you for your patience.')).toEqual([]);
  });

  it('gives every category its severity', () => {
    const severities = new Map<DraftCategory, DraftSeverity>(analyzeDraft(EVERYTHING).map((f) => [f.category, f.severity]));
    expect(Object.fromEntries(severities)).toEqual({
      email: 'block', phone: 'block', 'messaging-handle': 'block', link: 'block', 'off-platform': 'block',
      'sensitive-data': 'block', 'review-manipulation': 'block', marketing: 'warn', formatting: 'info',
    });
  });

  it('sorts findings by start and never repeats a category on overlapping spans', () => {
    for (const { text } of DRAFT_CORPUS) {
      const findings = analyzeDraft(text);
      for (let i = 1; i < findings.length; i++) expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.start);
      for (const a of findings) {
        expect(a.end).toBeGreaterThan(a.start);
        const clash = findings.filter((b) => b !== a && b.category === a.category && b.start < a.end && a.start < b.end);
        expect(clash).toEqual([]);
      }
    }
  });

  it('reports UTF-16 offsets, also after astral characters and full-width text', () => {
    const text = '🎉🎉 ＬＩＮＥ：ｓｈｏｐ 😊 mail anna@shop.de';
    const email = analyzeDraft(text).find((f) => f.category === 'email');
    expect(email && text.slice(email.start, email.end)).toBe('anna@shop.de');
  });

  it('writes a message that quotes what was found and says why it is risky', () => {
    for (const { text } of DRAFT_CORPUS) {
      for (const f of analyzeDraft(text)) {
        expect(f.message.length).toBeGreaterThan(40);
        if (f.ruleId === 'formatting.too-long') continue; // quotes the lengths instead
        const quoted = text.slice(f.start, f.end).replace(/\s+/g, ' ').trim();
        expect(f.message).toContain(quoted.length > 60 ? quoted.slice(0, 57) : quoted);
      }
    }
  });

  it('uses stable rule ids of the form <category>.<rule>', () => {
    const ids = new Set(DRAFT_CORPUS.flatMap(({ text }) => analyzeDraft(text, { blockedTerms: ['Amazon'] }).map((f) => `${f.category} ${f.ruleId}`)));
    for (const pair of ids) {
      const [category, ruleId] = pair.split(' ') as [string, string];
      expect(ruleId).toMatch(category === 'off-platform' && ruleId.startsWith('custom.') ? /^custom\.blocked-term$/ : new RegExp(`^${category}\\.[a-z-]+$`));
    }
  });

  it('gives advice and a label for every category', () => {
    expect([...DRAFT_CATEGORIES].sort()).toEqual(Object.keys(DRAFT_ADVICE).sort());
    for (const category of DRAFT_CATEGORIES) {
      expect(DRAFT_ADVICE[category].length).toBeGreaterThan(30);
      expect(DRAFT_CATEGORY_LABELS[category].length).toBeGreaterThan(2);
    }
  });

  it('lets Send through only without block findings', () => {
    expect(hasBlockingFinding(analyzeDraft('Use code SAVE20 for 20% off! 😊'))).toBe(false);
    expect(hasBlockingFinding(analyzeDraft('Email me at anna@shop.de'))).toBe(true);
  });

  // Not a speed target (the benchmark holds those): a regex that backtracks catastrophically
  // takes minutes on these, a linear one milliseconds.
  it('finishes on hostile input', () => {
    const hostile = [
      'a '.repeat(3000), 'a.'.repeat(3000), '1 '.repeat(3000), '1-'.repeat(3000), '@'.repeat(5000),
      'dot '.repeat(1500), 'at '.repeat(2000), 'review '.repeat(800), '((((('.repeat(1000), `${'x'.repeat(5000)}@`,
      'a@'.repeat(3000), 'one two '.repeat(800), 'WhatsApp: '.repeat(500), 'a [at] '.repeat(1000),
      '12.34.56.78 '.repeat(500), 'if you review refund '.repeat(300), '💥'.repeat(3000),
    ];
    for (const text of hostile) {
      const started = performance.now();
      analyzeDraft(text);
      expect(performance.now() - started, text.slice(0, 12)).toBeLessThan(1000);
    }
  });
});
