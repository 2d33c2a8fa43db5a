import { describe, expect, it } from 'vitest';
import { policyFromForm } from '../../../../entrypoints/options/team-policy/policy-form';
import { parseEdited, valueText } from '../../../../entrypoints/options/team-review/conflict-value';
import { leadErrorText } from '../../../../entrypoints/options/team-lead/lead-error-text';
import { EMPTY_TRAIL_FORM, trailQuery } from '../../../../entrypoints/options/team-trail/trail-query';
import { teamPolicySchema } from '../../../../rules/team/policy-protocol';

const BASE = teamPolicySchema.parse({ replyTemplates: [{ id: 'tpl-1', title: 'Thanks', body: 'Thank you' }] });

describe('the policy form', () => {
  it('reads one item per line, strips schemes and paths from domains, and keeps the templates it does not edit', () => {
    expect(policyFromForm(BASE, 'https://Help.Acme.com/faq\n\n *.parts.example \n', 'CheapParts\n  \nAcme Direct', 'high')).toEqual({
      policy: { ...BASE, allowedLinkDomains: ['help.acme.com', 'parts.example'], blockedTerms: ['CheapParts', 'Acme Direct'], templatesOnlySeverity: 'high' },
    });
  });

  it('names the line of a domain that is not one', () => {
    expect(policyFromForm(BASE, 'acme.com\nnot a domain', '', '')).toEqual({ problem: 'Line 2 of the link domains is not a domain like example.com: not a domain' });
  });
});

describe('a conflicting value as text', () => {
  it.each([
    ['a string stays a string', 'abusive-language', 'return-abuse', 'return-abuse'],
    ['a list is JSON both ways', ['Jo Fraud'], '["Jo Fraud", "J. Fraud"]', ['Jo Fraud', 'J. Fraud']],
    ['broken JSON is refused', ['Jo Fraud'], '["Jo', undefined],
  ])('%s', (_, sample, edited, expected) => {
    expect(parseEdited(edited, sample)).toEqual(expected);
    expect(parseEdited(valueText(sample), sample)).toEqual(sample);
  });
});

describe('the trail filters', () => {
  it('leaves out empty filters and makes the "to" day inclusive', () => {
    const query = trailQuery({ ...EMPTY_TRAIL_FORM, kind: 'capture', from: '2026-12-01', to: '2026-12-01', orderId: ' 112-4837261-5938217 ' });
    expect(query).toMatchObject({ kind: 'capture', orderId: '112-4837261-5938217' });
    if (query === 'bad-order') throw new Error('unexpected');
    expect(new Date(query.to!).getTime() - new Date(query.from!).getTime()).toBe(24 * 3600 * 1000);
    expect(trailQuery(EMPTY_TRAIL_FORM)).toEqual({});
  });

  it('refuses an order id that cannot be one before asking the server', () => {
    expect(trailQuery({ ...EMPTY_TRAIL_FORM, orderId: '112-48' })).toBe('bad-order');
  });
});

describe('failures in words', () => {
  it.each([
    ['forbidden', 'Your role in the team may not do this.'],
    ['bad-request: until: at most a year ahead', 'The team server refused this: until: at most a year ahead'],
    ['unreachable', 'The team server cannot be reached. Nothing was changed; try again when it answers.'],
    ['data.until: Invalid input', 'The team server refused this: data.until: Invalid input'],
  ])('%s', (message, text) => {
    expect(leadErrorText({ message })).toBe(text);
  });
});
