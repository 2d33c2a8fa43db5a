import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../../../rules/draft/draft-engine';
import { findPlaceholders, placeholderErrors } from '../../../../rules/templates/placeholders';
import { templateVersionSchema } from '../../../../rules/templates/template-schema';
import { starterTemplates } from '../../../../storage/templates/starter-template';

const starters = starterTemplates(new Date('2026-01-10T09:00:00.000Z'));

describe('starter templates', () => {
  it('cover at least twelve cases in English and in German', () => {
    const cases = (language: string) => new Set(starters.filter((t) => t.language === language).map((t) => t.id.replace(/-[a-z]+$/, '')));
    expect(cases('en').size).toBeGreaterThanOrEqual(12);
    expect(cases('de')).toEqual(cases('en'));
  });

  it.each(starters.map((template) => [template.id, template] as const))('%s passes the draft guard with no findings', (_id, template) => {
    expect(templateVersionSchema.parse(template)).toEqual(template);
    expect(analyzeDraft(template.body)).toEqual([]);
    expect(placeholderErrors(template.body)).toEqual([]);
  });

  it.each(starters.map((template) => [template.id, template] as const))('%s names the order, as Amazon asks of proactive messages', (_id, template) => {
    expect(findPlaceholders(template.body).map((token) => token.name)).toContain('orderId');
  });

  it('asks for damage photos through the message attachments only', () => {
    const damaged = starters.filter((template) => template.id.startsWith('starter-damaged-item'));
    expect(damaged.map((t) => t.language)).toEqual(['en', 'de']);
    for (const template of damaged) expect(template.body).toMatch(/attachments|Anhang/);
  });
});
