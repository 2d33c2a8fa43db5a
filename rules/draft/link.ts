import type { DraftMessageKey } from '../../locales/en/draft-findings';
import { isAllowedHost, isAmazonHost, normalizeDomain, withoutRootDot } from './amazon-hosts';
import { asciiHostOf } from './ascii-host';
import { looksLikeLink, type LinkHit } from './link-scan';
import { execAroundGate, PROSE_WORDS, SPELLED_DOT, SPELLED_TLDS, type SpacedRun, WORDLIKE_TLDS } from './obfuscation';
import { quote, report, type DraftScan } from './scan';

/**
 * `link`: URLs, bare domains, shorteners, IPs, punycode, messenger invites (`t.me/…`) and
 * addresses spelled out to dodge filters. Amazon's own hosts and the seller's allowed
 * domains pass. Every link found, allowed or not, is added to `scan.linked` so that
 * numbers inside a URL are never taken for phone numbers.
 */

const SHORTENERS = new Set([
  'bit.ly', 'bitly.com', 'tinyurl.com', 't.co', 'goo.gl', 'ow.ly', 'is.gd', 'buff.ly', 'rebrand.ly', 'cutt.ly',
  'shorturl.at', 'rb.gy', 'tiny.cc', 's.id', 'lnkd.in', 'bit.do', 't.ly', 'v.gd', 'shorte.st', 'adf.ly', 'bl.ink',
  'amzn.to', 'amzn.eu', 'amzn.asia', 'a.co', 'dwz.cn', 'url.cn', 't.cn', 'qr.net', 'urlz.fr', 'kurzelinks.de',
]);

const MESSENGER_HOSTS = new Map<string, string>(Object.entries({
  't.me': 'Telegram', 'telegram.me': 'Telegram', 'wa.me': 'WhatsApp', 'api.whatsapp.com': 'WhatsApp',
  'chat.whatsapp.com': 'WhatsApp', 'line.me': 'LINE', 'lin.ee': 'LINE', 'm.me': 'Facebook Messenger',
  'signal.me': 'Signal', 'invite.viber.com': 'Viber', 'qm.qq.com': 'QQ', 'u.wechat.com': 'WeChat',
  'weixin.qq.com': 'WeChat', 'open.kakao.com': 'KakaoTalk', 'join.skype.com': 'Skype',
}));

/** File names whose extension is also a country TLD (`readme.md`), never meant as links. */
const FILE_TLDS = new Set(['md', 'sh', 'py', 'rs', 'so', 'ps', 'ai']);


/** The link's host in ASCII, lower case, without a root dot; null when it is no URL. */
function hostOf(url: string): string | null {
  const plain = asciiHostOf(url);
  if (plain !== undefined) return plain;
  try {
    return withoutRootDot(new URL(url).hostname.toLowerCase());
  } catch {
    return null;
  }
}

/** The registrable part of a host, as a reader would name the site: `account-verify.io`, `shop.co.uk`. */
function siteOf(host: string): string {
  const labels = host.split('.');
  const secondLevel = /^(?:co|com|net|org|gov|ac|edu|ne|or)$/.test(labels[labels.length - 2] ?? '') && (labels[labels.length - 1] ?? '').length === 2;
  return labels.slice(secondLevel ? -3 : -2).join('.');
}

function isUpperAscii(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isAsciiPair(text: string): boolean {
  return text.length === 2 && text.charCodeAt(0) < 0x80 && text.charCodeAt(1) < 0x80;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Bare-domain matches that are prose, not links: "yesterday.It", "2.1.0.4", "readme.md". */
function isProseLookalike(hit: LinkHit, host: string): boolean {
  const { raw } = hit;
  if (hit.schema !== '' || /[/:?#]/.test(raw) || ((raw.charCodeAt(0) | 0x20) === 0x77 && /^www\./i.test(raw))) return false;
  const firstDot = raw.indexOf('.');
  const lastDot = raw.lastIndexOf('.');
  const tld = raw.slice(lastDot + 1);
  // (Each pattern is tried only when its first character fits: a hostile draft judges hundreds of hosts.)
  if (isUpperAscii(tld.charCodeAt(0)) && /^[A-Z][a-z]+$/.test(tld)) return true; // a missing space after a full stop
  if (isDigit(host.charCodeAt(0)) && /^\d+(?:\.\d+){3}$/.test(host)) return Number(firstDot < 0 ? raw : raw.slice(0, firstDot)) < 10; // a version, not an IP
  // Only ASCII lowers to an ASCII file extension (the Kelvin sign aside, and no extension has a `k`).
  return firstDot >= 0 && firstDot === lastDot && isAsciiPair(tld) && FILE_TLDS.has(tld.toLowerCase()); // two labels
}

/** The host as the draft writes it (`пример.рф`, not its punycode), when it is not ASCII. */
function writtenHost(raw: string): string | null {
  const host = raw.replace(/^[a-z][a-z0-9+.-]{0,20}:\/\//i, '').split(/[/?#:]/)[0] ?? '';
  return /[^\t-~]/.test(host) ? host.toLowerCase() : null;
}

/** The rule id of a link and its message parameters (the message key is `draft.finding.<rule id>`). */
function ruleFor(hit: LinkHit, host: string): [LinkRuleId, Record<string, string>] {
  const messenger = MESSENGER_HOSTS.get(host);
  if (messenger) return ['link.messenger', { app: messenger }];
  if (SHORTENERS.has(host)) return ['link.shortener', {}];
  if (/^[\d.]+$|^\[/.test(host)) return ['link.ip', {}];
  if (hit.raw.includes('--') && /xn--/i.test(hit.raw)) return ['link.punycode', {}];
  if (host.includes('amazon') || host.includes('amzn')) return ['link.lookalike', { site: siteOf(host) }];
  if (hit.schema === '') return ['link.domain', {}];
  return ['link.url', { host: writtenHost(hit.raw) ?? host }];
}

type LinkRuleId = 'link.messenger' | 'link.shortener' | 'link.ip' | 'link.punycode' | 'link.lookalike' | 'link.domain' | 'link.url';

/** Each rule's message key, spelt once: a key built per finding is a new string to hash every time. */
const MESSAGE_KEYS: Record<LinkRuleId, DraftMessageKey> = {
  'link.messenger': 'draft.finding.link.messenger',
  'link.shortener': 'draft.finding.link.shortener',
  'link.ip': 'draft.finding.link.ip',
  'link.punycode': 'draft.finding.link.punycode',
  'link.lookalike': 'draft.finding.link.lookalike',
  'link.domain': 'draft.finding.link.domain',
  'link.url': 'draft.finding.link.url',
};

type LinkVerdict = readonly [LinkRuleId, Record<string, string>] | null;

/** What a link found is: a rule and its parameters, or null when it passes (allowed, prose, no host). */
function judgeLink(hit: LinkHit, host: string | null, allowed: readonly string[]): LinkVerdict {
  if (!host || isAllowedHost(host, allowed) || isProseLookalike(hit, host)) return null;
  return ruleFor(hit, host);
}

/** Report links that leave Amazon (allowed ones are only recorded in `scan.linked`). */
export function detectLinks(scan: DraftScan, hits: readonly LinkHit[], spaced: readonly SpacedRun[]): void {
  const allowed = (scan.options.allowedDomains ?? []).map(normalizeDomain).filter((d): d is string => d !== null);
  // Judged once per link as written (a hostile draft may repeat one a thousand times: one URL parse,
  // one punycode conversion); the schema and URL are compared too, as the verdict depends on all three.
  const verdicts = new Map<string, { schema: string; url: string; verdict: LinkVerdict }>();
  for (const hit of hits) {
    if (hit.schema === 'mailto:') continue;
    scan.linked.push({ start: hit.start, end: hit.end });
    const seen = verdicts.get(hit.raw);
    let verdict: LinkVerdict;
    if (seen && seen.schema === hit.schema && seen.url === hit.url) verdict = seen.verdict;
    else {
      verdict = judgeLink(hit, hostOf(hit.url), allowed);
      if (!seen) verdicts.set(hit.raw, { schema: hit.schema, url: hit.url, verdict });
    }
    if (!verdict) continue;
    const [ruleId, params] = verdict;
    report(scan, ruleId, 'link', hit.start, hit.end, MESSAGE_KEYS[ruleId], { ...params, quote: quote(scan, hit.start, hit.end) });
  }
  detectSpelledLinks(scan);
  for (const run of spaced) {
    if (run.joined.includes('@')) continue;
    const link = looksLikeLink(run.joined);
    const host = link && link.schema !== 'mailto:' ? hostOf(link.url) : null;
    if (host && !isAmazonHost(host) && link && link.end - link.start >= run.joined.length - 1) {
      reportObfuscated(scan, run.start, run.end);
    }
  }
}

function reportObfuscated(scan: DraftScan, start: number, end: number): void {
  report(scan, 'link.obfuscated', 'link', start, end,
    'draft.finding.link.obfuscated', { quote: quote(scan, start, end) });
}

const LABEL = String.raw`[a-z0-9][a-z0-9.-]{0,62}`;
const PATH = String.raw`(?:\s*(?:/|slash|barra|schrägstrich)\s*[a-z0-9_-]+)*`;
const SPELLED_LINK_RE = new RegExp(
  String.raw`(?<![a-z0-9@._-])(${LABEL})((?:${SPELLED_DOT}${LABEL})*${SPELLED_DOT})(${SPELLED_TLDS})(?![a-z0-9])(${PATH})`, 'gi');
const SPELLED_GATE_RE = new RegExp(String.raw`(?:dot|punkt|punto|point|ponto|\s\.|[\[({<]\.|ドット|どっと|点|點)[\])}>]?\s*(?:${SPELLED_TLDS})(?![a-z0-9])`, 'gi');
const SPELLED_DOT_RE = new RegExp(SPELLED_DOT, 'gi');
const SPACED_SCHEME_RE = /\bh\s*[tx]\s*[tx]\s*p\s*(?:s\s*)?(?::|\[:\]|\(:\))\s*\/\s*\/\s*[a-z0-9-]+(?:(?:\s*(?:\.|\(dot\)|\[dot\]|\[\.\])|\s+dot\s)\s*[a-z0-9-]+)*(?:\s*\/\s*[a-z0-9_-]+)*/gi;
const SPACED_SCHEME_GATE_RE = /\/\s*\//;

function detectSpelledLinks(scan: DraftScan): void {
  const { text } = scan;
  execAroundGate(text, SPELLED_GATE_RE, SPELLED_LINK_RE, 120, 60, (m, start, end) => {
    const [, first = '', seps = '', tld = '', path = ''] = m;
    const wordSeparated = !/[[({<]|ドット|どっと|点|點|\s\.\s/.test(seps);
    if (wordSeparated && (PROSE_WORDS.has(first.toLowerCase()) || first.length < 3)) return;
    if (wordSeparated && WORDLIKE_TLDS.has(tld.toLowerCase()) && !path && /^\s*[\p{L}\p{N}]/u.test(text.slice(end, end + 3))) return;
    const host = `${first}${seps}${tld}`.replace(SPELLED_DOT_RE, '.').toLowerCase();
    if (isAmazonHost(host)) return;
    reportObfuscated(scan, start, end);
  });
  if (SPACED_SCHEME_GATE_RE.test(text)) {
    SPACED_SCHEME_RE.lastIndex = 0;
    for (let m = SPACED_SCHEME_RE.exec(text); m; m = SPACED_SCHEME_RE.exec(text)) {
      if (/\s|xx|\[|\(/i.test(m[0])) reportObfuscated(scan, m.index, m.index + m[0].length);
    }
  }
}
