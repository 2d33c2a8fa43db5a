import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../locales/languages';
import { translator } from '../../../locales/translate';
import { analyzeDraft } from '../../../rules/draft/draft-engine';
import { DRAFT_CORPUS } from '../../fixtures/drafts';

const findings = DRAFT_CORPUS.flatMap((draft) =>
  analyzeDraft(draft.text, { blockedTerms: ['Acme Outlet'], maxLength: 400 }),
);
const extra = analyzeDraft(`Acme Outlet ${'x'.repeat(500)}`, { blockedTerms: ['Acme Outlet'], maxLength: 400 });
const all = [...findings, ...extra];

describe('draft findings in every language', () => {
  it('the corpus raises many kinds of finding', () => {
    expect(new Set(all.map((f) => f.messageKey)).size).toBeGreaterThan(30);
  });

  it('English text from the catalogue is the finding message', () => {
    const differing = all.filter((f) => translator('en').dynamic(f.messageKey, f.params) !== f.message);
    expect(differing.map((f) => f.ruleId)).toEqual([]);
  });

  it.each(LANGUAGES)('%s fills every placeholder and quotes the flagged words', (language) => {
    const t = translator(language);
    for (const finding of all) {
      const text = t.dynamic(finding.messageKey, finding.params);
      expect(text, finding.messageKey).not.toMatch(/\{[a-z]+\}/i);
      if (typeof finding.params.quote === 'string') expect(text).toContain(finding.params.quote);
    }
  });
});
