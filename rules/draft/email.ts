import { isAmazonHost } from './amazon-hosts';
import type { LinkHit } from './link-scan';
import { PROSE_WORDS, SPELLED_AT, SPELLED_DOT, SPELLED_TLDS, type SpacedRun } from './obfuscation';
import { isSpace, quote, report, type DraftScan } from './scan';

/**
 * `email`: addresses, plain (found by linkify-it's fuzzy email rule, full-width `＠` included
 * since the scan folds it), disguised ("name [at] shop [dot] com", "name at gmail dot com",
 * "sophie arobase orange point fr", "shop★kurashi.jp", "j o h n @ …") or given as a mail
 * provider plus user name ("my gmail is jenny.lin.1990").
 */

const PROVIDERS = String.raw`gmail|googlemail|yahoo|hotmail|outlook|icloud|gmx|protonmail|proton|yandex|naver|libero|foxmail|aol|web\.de|t-online|qq|163|126|orange|free|laposte|wanadoo|sfr|virgilio|tiscali`;
const PROVIDER_NAME_RE = new RegExp(`^(?:${PROVIDERS})$`, 'i');

const LOCAL = String.raw`[a-z0-9][a-z0-9._%+-]*`;
const DOMAIN_LABEL = String.raw`[a-z0-9][a-z0-9-]*`;
const DOT = String.raw`(?:${SPELLED_DOT}|\.)`;
/** The at sign, spelled or bracketed, or a plain `@`: where a disguised address is looked for. */
const AT_TOKEN_RE = /[[({<]\s*(?:at|@|aet)\s*[\])}>]|\b(?:at|ät)\b|@|arroba|arobase|chiocciola|klammeraffe|アットマーク|あっとまーく|艾特/gi;
/** The same, with the spaces around it: the whole separator between mailbox and domain. */
const AT_RE = new RegExp(`^(?:${SPELLED_AT}|@)$`, 'i');
/** The mailbox name before the at sign: "anna dot keller", "service". */
const LOCAL_BEFORE_RE = new RegExp(String.raw`(?<![a-z0-9._%+-])${LOCAL}(?:${SPELLED_DOT}${LOCAL})*$`, 'i');
/** The domain after the at sign: "gmail dot com", "haushaltsprofi24 (punkt) de", or a provider. */
const DOMAIN_AFTER_RE = new RegExp(
  String.raw`(?:${DOMAIN_LABEL}(?:${DOT}${DOMAIN_LABEL})*${DOT}(?:${SPELLED_TLDS})|(?:${PROVIDERS}))(?![a-z0-9])`, 'iy');
const DISGUISE_MARK_RE = /\s|[[\](){}<>]|ドット|どっと|点|點|アットマーク|あっとまーく|艾特|arroba|arobase|chiocciola|klammeraffe/i;
const ARTICLE_BEFORE_RE = /\b(?:the|a|an|our|your|my|this|that|le|la|les|el|il|lo|der|die|das|den|dem)\s+$/i;
const WORD_AT_RE = /^\s*(?:at|ät)\s*$/i;
const SPELLED_DOT_RE = new RegExp(SPELLED_DOT, 'i');
const SPELLED_DOT_GLOBAL_RE = new RegExp(SPELLED_DOT, 'gi');

const PROVIDER_HANDLE_RE = new RegExp(
  String.raw`(?<![a-z0-9])(gmail|googlemail|yahoo|hotmail|outlook|icloud|gmx|protonmail|yandex|naver|libero|foxmail)`
  + String.raw`(?:[\s-]*(?:address|account|id|adresse|dirección|direccion|indirizzo|アドレス|邮箱|账号|帐号|アカウント))?`
  + String.raw`\s*(?:is|ist|est|es|è|:|=|は|是)\s*@?([a-z0-9][a-z0-9._-]{2,40})`, 'gi');
const PROVIDER_GATE_RE = /gmail|yahoo|hotmail|outlook|icloud|gmx|proton|yandex|naver|libero|foxmail/i;
const POSSESSIVE_RE = /(?:\bmy|\bour|\bmein\w*|\bunser\w*|\bmon|\bma|\bnotre|\bmi|\bnuestro|\bmio|\bmia|私の|我的)\s*$/i;

const STAR_RE = new RegExp(String.raw`(?<![a-z0-9._-])${LOCAL}\s?[★☆#*]\s?${DOMAIN_LABEL}(?:\.${DOMAIN_LABEL})*\.(?:${SPELLED_TLDS})(?![a-z0-9])`, 'gi');
const STAR_GATE_RE = /[★☆#*]/;
const SPACED_EMAIL_RE = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;


/** Report plain and disguised email addresses; adds each to `scan.linked` so its digits are not read as a phone. */
export function detectEmails(scan: DraftScan, hits: readonly LinkHit[], spaced: readonly SpacedRun[]): void {
  const { text } = scan;
  for (const hit of hits) {
    if (hit.schema !== 'mailto:') continue;
    scan.linked.push({ start: hit.start, end: hit.end });
    report(scan, 'email.address', 'email', hit.start, hit.end, 'draft.finding.email.address', { quote: quote(scan, hit.start, hit.end) });
  }
  AT_TOKEN_RE.lastIndex = 0;
  for (let token = AT_TOKEN_RE.exec(text); token; token = AT_TOKEN_RE.exec(text)) {
    let atStart = token.index;
    let atEnd = token.index + token[0].length;
    while (atStart > 0 && isSpace(text.charCodeAt(atStart - 1))) atStart--;
    while (atEnd < text.length && isSpace(text.charCodeAt(atEnd))) atEnd++;
    const at = text.slice(atStart, atEnd);
    if (!AT_RE.test(at)) continue;
    DOMAIN_AFTER_RE.lastIndex = atEnd;
    const domain = DOMAIN_AFTER_RE.exec(text)?.[0];
    const local = domain && LOCAL_BEFORE_RE.exec(text.slice(Math.max(0, atStart - 80), atStart))?.[0];
    if (!domain || !local) continue;
    const start = atStart - local.length;
    const end = atEnd + domain.length;
    if (isDisguisedAddress(text, start, local, at, domain)) disguised(scan, start, end);
    AT_TOKEN_RE.lastIndex = end;
  }
  if (PROVIDER_GATE_RE.test(text)) {
    PROVIDER_HANDLE_RE.lastIndex = 0;
    for (let m = PROVIDER_HANDLE_RE.exec(text); m; m = PROVIDER_HANDLE_RE.exec(text)) {
      const handle = m[2] ?? '';
      const owned = POSSESSIVE_RE.test(text.slice(Math.max(0, m.index - 12), m.index));
      if (!owned && !/[\d._]/.test(handle)) continue;
      const end = m.index + m[0].length;
      report(scan, 'email.provider-handle', 'email', m.index, end,
        'draft.finding.email.provider-handle', { quote: quote(scan, m.index, end) });
    }
  }
  if (STAR_GATE_RE.test(text)) {
    STAR_RE.lastIndex = 0;
    for (let m = STAR_RE.exec(text); m; m = STAR_RE.exec(text)) disguised(scan, m.index, m.index + m[0].length);
  }
  for (const run of spaced) if (SPACED_EMAIL_RE.test(run.joined)) disguised(scan, run.start, run.end);
}

/** A spelled-out address, not a plain one (linkify-it's job) nor prose ("the status at amazon.com"). */
function isDisguisedAddress(text: string, start: number, local: string, at: string, domain: string): boolean {
  if (!DISGUISE_MARK_RE.test(local + at + domain)) return false;
  if (WORD_AT_RE.test(at)) {
    // "the manual at shop dot com" is a web address in a sentence, not a mailbox
    if (PROSE_WORDS.has(local.toLowerCase()) || ARTICLE_BEFORE_RE.test(text.slice(Math.max(0, start - 8), start))) return false;
    const provider = PROVIDER_NAME_RE.test(domain.split(/[^a-z0-9-]/i)[0] ?? '');
    if (!provider && !SPELLED_DOT_RE.test(domain)) return false; // "check the status at amazon.com"
  }
  return !isAmazonHost(domain.replace(SPELLED_DOT_GLOBAL_RE, '.'));
}

function disguised(scan: DraftScan, start: number, end: number): void {
  scan.linked.push({ start, end });
  report(scan, 'email.obfuscated', 'email', start, end,
    'draft.finding.email.obfuscated', { quote: quote(scan, start, end) });
}
