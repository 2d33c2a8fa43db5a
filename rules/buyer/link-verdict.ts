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
  const punycodeWritten = /xn--/i.test(writtenAs);
  const key = `${punycodeWritten ? 'x' : '-'}${asciiHost}`;
  const known = VERDICTS.get(key);
  if (known) return known;
  if (VERDICTS.size >= MAX_VERDICTS) VERDICTS.clear();
  const verdict = Object.freeze(judgeHost(asciiHost, punycodeWritten));
  VERDICTS.set(key, verdict);
  return verdict;
}

/**
 * Verdicts already given, by host (and whether it was written in punycode): the messages of a
 * thread, and the threads an agent opens, keep linking to the same few sites. Bounded, and a
 * verdict depends on nothing else, so the cache never changes an answer.
 */
const VERDICTS = new Map<string, LinkVerdict>();
const MAX_VERDICTS = 512;

/** Empty the verdict cache, so a benchmark measures each round as a thread seen for the first time. */
export function forgetLinkVerdicts(): void {
  VERDICTS.clear();
}

function judgeHost(asciiHost: string, punycodeWritten: boolean): LinkVerdict {
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
  if (punycodeWritten) return { ...base, kind: 'punycode' };
  return { ...base, kind: 'outside' };
}
