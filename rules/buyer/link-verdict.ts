import { parse } from 'tldts';
import { isCarrierSite, isGenuineAmazon, isShortener } from './genuine-hosts';
import { imitation } from './lookalike';
import { hostToUnicode } from './punycode';
import type { LinkVerdict } from './types';

/**
 * Where a link in a buyer message really goes, judged on its registrable domain (Public
 * Suffix List, tldts), never on a pattern over the whole host: `sellercentral.amazon.com.example.net`
 * is `example.net` wearing an Amazon name. `writtenAs` is the link as the buyer wrote it: a
 * name written in raw punycode (`xn--…`) is flagged as such. Null when `url` is not a web address.
 *
 * @example judgeLink('https://sellercentral.amazon.com.example.net/login')
 * // { kind: 'brand-inside', site: 'example.net', brand: 'amazon', … }
 * @example judgeLink('https://sellercentral-europe.amazon.com/messaging') // { kind: 'amazon', … }
 */
export function judgeLink(url: string, writtenAs: string = url): LinkVerdict | null {
  let asciiHost: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    asciiHost = parsed.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
  const host = hostToUnicode(asciiHost);
  const parts = parse(asciiHost);
  if (parts.isIp || asciiHost.startsWith('[')) return { host, asciiHost, site: asciiHost, kind: 'ip' };
  const site = parts.domain ?? asciiHost;
  const base = { host, asciiHost, site: hostToUnicode(site) };
  if (isGenuineAmazon(asciiHost, site)) return { ...base, kind: 'amazon' };
  if (isCarrierSite(site)) return { ...base, kind: 'carrier' };
  if (isShortener(asciiHost, site)) return { ...base, kind: 'shortener' };
  const suffix = parts.publicSuffix ?? '';
  const name = host.slice(0, Math.max(0, host.length - hostToUnicode(suffix).length)).replace(/\.$/, '');
  const imitated = imitation(name.split(/[.-]/).filter(Boolean).concat(name.replace(/[.-]/g, '')));
  if (imitated) return { ...base, kind: imitated.how, brand: imitated.brand };
  if (/xn--/i.test(writtenAs)) return { ...base, kind: 'punycode' };
  return { ...base, kind: 'outside' };
}
