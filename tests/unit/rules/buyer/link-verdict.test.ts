import { describe, expect, it } from 'vitest';
import { judgeLink } from '../../../../rules/buyer/buyer-risk';
import { hostToUnicode } from '../../../../rules/buyer/punycode';

describe('judgeLink', () => {
  it.each([
    ['https://sellercentral.amazon.com.example.net/login', 'brand-inside', 'example.net'],
    ['http://amazon-verify.support/case', 'brand-inside', 'amazon-verify.support'],
    ['http://arnazon.com/refund', 'typo', 'arnazon.com'],
    ['http://amaz0n.de/x', 'typo', 'amaz0n.de'],
    ['http://amazom.de/x', 'typo', 'amazom.de'],
    ['https://аmazon.com/x', 'homoglyph', 'аmazon.com'],
    ['https://sellercentraI-help.com/', 'typo', 'sellercentrai-help.com'],
    ['http://bit.ly/abc', 'shortener', 'bit.ly'],
    ['http://192.0.2.4/a', 'ip', '192.0.2.4'],
    ['http://[2001:db8::1]/a', 'ip', '[2001:db8::1]'],
    ['https://imgur.com/a/x', 'outside', 'imgur.com'],
    ['https://sellercentral-europe.amazon.com/messaging', 'amazon', 'amazon.com'],
    ['https://www.amazon.co.jp/dp/B0C1234567', 'amazon', 'amazon.co.jp'],
    ['https://amzn.to/3abc', 'amazon', 'amzn.to'],
    ['https://www.dhl.de/verfolgen?piececode=1', 'carrier', 'dhl.de'],
    ['https://www.ups.com/track?tracknum=1Z', 'carrier', 'ups.com'],
  ])('%s is %s (site %s)', (url, kind, site) => {
    const verdict = judgeLink(url);
    expect(verdict?.kind).toBe(kind);
    expect(verdict?.site).toBe(site);
  });

  it('shows a punycode host decoded and raw', () => {
    expect(judgeLink('http://xn--mazon-3ve.com/')).toMatchObject({ host: 'аmazon.com', asciiHost: 'xn--mazon-3ve.com', kind: 'homoglyph' });
    expect(judgeLink('http://xn--bcher-kva.de/', 'xn--bcher-kva.de')).toMatchObject({ host: 'bücher.de', kind: 'punycode' });
    expect(judgeLink('http://bücher.de/', 'bücher.de')).toMatchObject({ kind: 'outside' });
  });

  it.each([['xn--e1afmkfd.xn--p1ai', 'пример.рф'], ['xn--fsqu00a.xn--fiqs8s', '例子.中国'], ['plain.com', 'plain.com'], ['xn--!!.com', 'xn--!!.com']])(
    'decodes %s', (ascii, unicode) => expect(hostToUnicode(ascii)).toBe(unicode));

  it('is not a web link for other schemes', () => {
    expect(judgeLink('javascript:alert(1)')).toBeNull();
    expect(judgeLink('mailto:a@b.c')).toBeNull();
  });
});
