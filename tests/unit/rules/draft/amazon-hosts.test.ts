import { describe, expect, it } from 'vitest';
import { isAllowedHost, isAmazonHost, normalizeDomain } from '../../../../rules/draft/amazon-hosts';

describe('isAmazonHost', () => {
  it.each([
    ['amazon.com', true],
    ['www.amazon.co.uk', true],
    ['sellercentral-europe.amazon.com', true],
    ['smile.amazon.de', true],
    ['www.amazon.co.jp', true],
    ['amazon.com.mx', true],
    ['AMAZON.FR', true],
    ['amazon.com.', true],
    ['amazon.com.account-verify.io', false],
    ['amazon-refunds-center.com', false],
    ['myamazon.com', false],
    ['amazon.evil.com', false],
    ['amazonaws.com', false],
    ['amazon.xyz', false],
    ['amzn.to', false],
  ])('%s → %s', (host, expected) => {
    expect(isAmazonHost(host)).toBe(expected);
  });
});

describe('normalizeDomain (allowed-domain entries as sellers type them)', () => {
  it.each([
    ['manuals.acme.com', 'manuals.acme.com'],
    ['https://www.Manuals.Acme.com/help?x=1', 'manuals.acme.com'],
    ['*.acme.com', 'acme.com'],
    ['  acme.com:8443  ', 'acme.com'],
    ['münchen.de', 'xn--mnchen-3ya.de'],
    ['localhost', null],
    ['', null],
  ])('%j → %j', (entry, expected) => {
    expect(normalizeDomain(entry)).toBe(expected);
  });

  it('allows a host equal to or under an allowed domain, never a look-alike', () => {
    expect(isAllowedHost('manuals.acme.com', ['acme.com'])).toBe(true);
    expect(isAllowedHost('acme.com', ['acme.com'])).toBe(true);
    expect(isAllowedHost('notacme.com', ['acme.com'])).toBe(false);
    expect(isAllowedHost('acme.com.evil.io', ['acme.com'])).toBe(false);
  });
});
