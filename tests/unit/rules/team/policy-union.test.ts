import { describe, expect, it } from 'vitest';
import { draftListsWithTeam } from '../../../../rules/team/policy-union';
import { analyzeDraft } from '../../../../rules/draft/draft-engine';

const LOCAL = { allowedDomains: ['manuals.acme.com'], blockedTerms: ['AcmeDirect'] };

describe('the draft lists with the team policy added', () => {
  it.each([
    ['no team policy: the agent\'s lists as they are', null, LOCAL],
    [
      'team items after the agent\'s, each once whatever its case',
      { allowedLinkDomains: ['help.acme.com', 'MANUALS.acme.com'], blockedTerms: ['acmedirect', 'CheapParts'] },
      { allowedDomains: ['manuals.acme.com', 'help.acme.com'], blockedTerms: ['AcmeDirect', 'CheapParts'] },
    ],
    ['an empty team policy changes nothing', { allowedLinkDomains: [], blockedTerms: [] }, LOCAL],
  ])('%s', (_, team, expected) => {
    expect(draftListsWithTeam(LOCAL, team)).toEqual(expected);
  });

  it('a team term blocks a draft the agent never listed it for, and the agent\'s own term still blocks', () => {
    const lists = draftListsWithTeam({ allowedDomains: [], blockedTerms: ['AcmeDirect'] }, { allowedLinkDomains: [], blockedTerms: ['CheapParts'] });
    const ruleIds = (text: string) => analyzeDraft(text, lists).map((f) => f.ruleId);
    expect(ruleIds('Order spares at CheapParts today')).toContain('custom.blocked-term');
    expect(ruleIds('AcmeDirect has them')).toContain('custom.blocked-term');
    expect(ruleIds('Thanks for your order')).not.toContain('custom.blocked-term');
  });

  it('a team domain is allowed for links', () => {
    const lists = draftListsWithTeam({ allowedDomains: [], blockedTerms: [] }, { allowedLinkDomains: ['help.acme.com'], blockedTerms: [] });
    expect(analyzeDraft('See https://help.acme.com/x200', lists).filter((f) => f.category === 'link')).toEqual([]);
    expect(analyzeDraft('See https://help.acme.com/x200', { allowedDomains: [] }).filter((f) => f.category === 'link')).not.toEqual([]);
  });
});
