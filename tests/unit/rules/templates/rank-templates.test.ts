import { describe, expect, it } from 'vitest';
import { marketplaceLanguage, preferredLanguage } from '../../../../rules/templates/buyer-language';
import { fittingTemplates, templateFilter } from '../../../../rules/templates/rank-templates';
import type { ContactReason, TemplateLanguage } from '../../../../rules/templates/template-schema';

const template = (id: string, reason: ContactReason, language: TemplateLanguage, body = 'Hello {buyerName}') => ({ id, name: id, reason, language, body });
const library = [
  template('Refund', 'thread-reply', 'en'),
  template('Erstattung', 'thread-reply', 'de'),
  template('Delay', 'shipping-problem', 'en'),
  template('Verzögerung', 'shipping-problem', 'de'),
  template('Invoice', 'invoice', 'en'),
];

describe('fitting templates', () => {
  it.each([
    [{ reason: 'thread-reply', languages: ['de'] }, ['Erstattung', 'Refund']],
    [{ reason: 'shipping-problem', languages: ['en', 'de'] }, ['Delay', 'Verzögerung']],
    [{ reason: null, languages: ['de'] }, ['Verzögerung', 'Delay', 'Invoice']],
    [{ reason: 'other', languages: [] }, []],
  ] as const)('%o → %o', (context, names) => {
    expect(fittingTemplates(library, context).map((t) => t.name)).toEqual(names);
  });

  it('filters by every typed word, in name or body, ignoring case and accents', () => {
    const filter = templateFilter([...library, template('Tracking', 'thread-reply', 'en', 'Your parcel {trackingId} is on its way')]);
    expect(filter('verzog').map((t) => t.name)).toEqual(['Verzögerung']);
    expect(filter('PARCEL way').map((t) => t.name)).toEqual(['Tracking']);
    expect(filter('  ')).toHaveLength(6);
  });

  it('narrows as the agent types on and widens again on backspace', () => {
    const filter = templateFilter(library);
    expect(filter('v').map((t) => t.name)).toEqual(['Verzögerung', 'Invoice']);
    expect(filter('vo').map((t) => t.name)).toEqual(['Invoice']);
    expect(filter('v').map((t) => t.name)).toEqual(['Verzögerung', 'Invoice']);
    expect(filter('').map((t) => t.name)).toHaveLength(5);
  });
});

describe('buyer language', () => {
  it.each([
    ["Buyer's Language of Preference: Spanish", 'es'],
    ['Bevorzugte Sprache des Käufers: Deutsch', 'de'],
    ["Buyer's Language of Preference: Klingon", null],
    ['no colon here', null],
  ])('%s → %s', (line, language) => {
    expect(preferredLanguage(line)).toBe(language);
  });

  it.each([
    ['DE', 'de'],
    ['us', 'en'],
    ['JP', 'ja'],
    ['EU', null],
    [null, null],
  ])('marketplace %s → %s', (code, language) => {
    expect(marketplaceLanguage(code)).toBe(language);
  });
});
