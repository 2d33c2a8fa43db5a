import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../../../../rules/draft/draft-engine';
import { found } from './found';

describe('link detector', () => {
  it.each([
    ['Visit our website www.brightlinehome.com for the manual.', 'link.domain', 'www.brightlinehome.com'],
    ['Setup video: https://youtu.be/dQw4w9WgXcQ.', 'link.url', 'https://youtu.be/dQw4w9WgXcQ'],
    ['Track it here: bit.ly/3kP9xQz', 'link.shortener', 'bit.ly/3kP9xQz'],
    ['Short link amzn.to/3xYz hides the page.', 'link.shortener', 'amzn.to/3xYz'],
    ['Driver: http://203.0.113.45/drivers/bx2200.zip', 'link.ip', 'http://203.0.113.45/drivers/bx2200.zip'],
    ['Please log in at amazon.com.account-verify.io to confirm.', 'link.lookalike', 'amazon.com.account-verify.io'],
    ['Claim it on amazon-refunds-center.com today.', 'link.lookalike', 'amazon-refunds-center.com'],
    ['Our store: xn--brightlin-k4a.com (copy it).', 'link.punycode', 'xn--brightlin-k4a.com'],
    ['Join t.me/brightline_deals now', 'link.messenger', 't.me/brightline_deals'],
    ['Chat: wa.me/4915123456789', 'link.messenger', 'wa.me/4915123456789'],
    ['(see facebook.com/brightlinehome)', 'link.domain', 'facebook.com/brightlinehome'],
    ['The manual is at brightlinehome dot com slash manuals', 'link.obfuscated', 'brightlinehome dot com slash manuals'],
    ['Go to brightlinehome[.]com/fix', 'link.obfuscated', 'brightlinehome[.]com/fix'],
    ['Guide: h t t p s : / / brightlinehome . com / support', 'link.obfuscated', 'h t t p s : / / brightlinehome . com / support'],
    ['Anleitung unter haushaltsprofi24 punkt de slash anleitung.', 'link.obfuscated', 'haushaltsprofi24 punkt de slash anleitung'],
    ['El manual está en hogarplus punto es barra manual', 'link.obfuscated', 'hogarplus punto es barra manual'],
    ['説明書は kurashi-shop ドット jp から', 'link.obfuscated', 'kurashi-shop ドット jp'],
    ['说明书在 jiajushop 点 com 下载', 'link.obfuscated', 'jiajushop 点 com'],
    ['w w w . s h o p l y . c o m', 'link.obfuscated', 'w w w . s h o p l y . c o m'],
  ])('%s', (text, ruleId, span) => {
    expect(found(text, 'link')).toEqual([[ruleId, span]]);
  });

  it.each([
    'Return it from https://www.amazon.com/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7',
    'Your invoice is at amazon.co.uk/your-orders.',
    'Details on https://sellercentral.amazon.de/help/hub and smile.amazon.com.',
    'Ordered on Amazon.com, shipped from Amazon.co.jp.',
    'It arrived yesterday.It works fine now.',
    'Update to firmware 2.1.0.4 first.',
    'See readme.md in the zip file.',
    'El punto es que la devolución es gratis.',
    'À ce point de vue, tout est en ordre.',
    'Thanks for the dot com link, we checked the package.',
  ])('never flags %j', (text) => {
    expect(found(text, 'link')).toEqual([]);
  });

  it('allows the seller\'s own domains and their subdomains, nothing else', () => {
    const text = 'Manual: https://manuals.acme.com/bx2200.pdf, support: help.acme.com, shop: acme-shop.com';
    expect(found(text, 'link', { allowedDomains: ['https://acme.com/'] })).toEqual([['link.domain', 'acme-shop.com']]);
    expect(found(text, 'link')).toHaveLength(3);
  });

  it('names the real site behind an Amazon look-alike', () => {
    const [finding] = analyzeDraft('Log in at amazon.co.uk.refund-desk.co.uk now');
    expect(finding?.message).toContain('the site is refund-desk.co.uk, not Amazon');
  });

  it('flags a link whose host only starts like an allowed domain', () => {
    expect(found('Login: acme.com.verify-login.io', 'link', { allowedDomains: ['acme.com'] })).toEqual([
      ['link.domain', 'acme.com.verify-login.io'],
    ]);
  });
});
