import { describe, expect, it } from 'vitest';
import { teamPolicySchema, type TeamPolicy } from '../../../../rules/team/policy-protocol';
import { teamPickerTemplates, withPublishedTemplate } from '../../../../rules/templates/team-templates';

const policy = (replyTemplates: TeamPolicy['replyTemplates']): TeamPolicy =>
  teamPolicySchema.parse({ allowedLinkDomains: ['example.org'], blockedTerms: ['refund outside'], replyTemplates });

describe('teamPickerTemplates', () => {
  it('offers the policy’s templates marked as the team’s, versioned by the policy', () => {
    const templates = teamPickerTemplates(
      policy([
        { id: 'late-parcel', title: 'Late parcel', body: 'Hello {buyerName}', language: 'de-DE', reason: 'shipping-problem' },
        { id: 'thanks', title: 'Thanks', body: 'Thank you', language: 'en' },
      ]),
      7,
    );
    expect(templates).toEqual([
      { id: 'team-late-parcel', version: 7, name: 'Late parcel', reason: 'shipping-problem', language: 'de', body: 'Hello {buyerName}', team: true },
      { id: 'team-thanks', version: 7, name: 'Thanks', reason: 'other', language: 'en', body: 'Thank you', team: true },
    ]);
  });

  it.each([
    ['no language', { id: 'a', title: 'A', body: 'x' }],
    ['a language no marketplace reads', { id: 'a', title: 'A', body: 'x', language: 'ko' }],
    ['an id the usage log cannot name', { id: 'Ab c', title: 'A', body: 'x', language: 'en' }],
  ])('leaves out a template with %s', (_name, template) => {
    expect(teamPickerTemplates(policy([template]), 3)).toEqual([]);
  });

  it('offers nothing from the empty policy no lead has saved', () => {
    expect(teamPickerTemplates(policy([]), 0)).toEqual([]);
  });
});

describe('withPublishedTemplate', () => {
  const local = { id: 'refund-issued', name: 'Refund issued', reason: 'other' as const, language: 'en' as const, body: 'We refunded {orderId}.' };

  it('adds a new template at the end and keeps the rest of the policy', () => {
    const before = policy([{ id: 'thanks', title: 'Thanks', body: 'Thank you', language: 'en' }]);
    const after = withPublishedTemplate(before, local);
    expect(after.replyTemplates).toEqual([
      before.replyTemplates[0],
      { id: 'refund-issued', title: 'Refund issued', body: 'We refunded {orderId}.', language: 'en', reason: 'other' },
    ]);
    expect(after.allowedLinkDomains).toEqual(['example.org']);
    expect(after.blockedTerms).toEqual(['refund outside']);
    expect(teamPolicySchema.parse(after)).toEqual(after);
  });

  it('replaces the template with the same id in place', () => {
    const before = policy([
      { id: 'refund-issued', title: 'Old', body: 'old', language: 'en' },
      { id: 'thanks', title: 'Thanks', body: 'Thank you', language: 'en' },
    ]);
    expect(withPublishedTemplate(before, local).replyTemplates.map((template) => [template.id, template.title])).toEqual([
      ['refund-issued', 'Refund issued'],
      ['thanks', 'Thanks'],
    ]);
  });
});
