import { LinkifyIt } from 'linkify-it';
import { AMAZON_TLDS } from './amazon-hosts';
import { findBareHosts } from './bare-hosts';
import { findIdnEmails } from './idn-email';
import { mergeSpans, overlapsAny } from './scan';
import { icannTest } from './unspaced-hosts';

/**
 * One pass of linkify-it over the parts of a draft that can hold a link or an email.
 * linkify-it knows URL grammar (schemes, IDN hosts, IPv4/6, ports, balanced brackets,
 * trailing punctuation, the TLD rules for bare domains), but scanning a whole draft with it
 * costs far more than the rest of the engine. So a cheap regex finds the few tokens with a
 * `x.y`, `://`, `@` or dotted-quad in them, and linkify-it only reads those tokens.
 */

/** Common shop and link TLDs beyond linkify-it's default list (which covers all 2-letter ones). */
const EXTRA_TLDS = [
  'store', 'online', 'site', 'app', 'xyz', 'top', 'club', 'link', 'click', 'website', 'tech', 'page',
  'email', 'life', 'world', 'space', 'fun', 'vip', 'ltd', 'company', 'services', 'network', 'cloud',
  'tools', 'deals', 'sale', 'promo', 'blog', 'news', 'live', 'guru', 'design', 'studio', 'agency',
];

const linkify = new LinkifyIt({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true }).tlds(EXTRA_TLDS, true);

/** A link or email linkify-it found, with offsets into the draft. */
export interface LinkHit {
  start: number;
  end: number;
  raw: string;
  /** Normalized URL (`http://…` for bare domains, `mailto:…` for emails). */
  url: string;
  /** '' for a bare domain or IP, 'mailto:' for an email, else the scheme (`https:`). */
  schema: string;
}

/** A token that is a link to an Amazon storefront: allowed, so linkify-it need not read it. */
const AMAZON_URL_RE = new RegExp(
  String.raw`^[(\[{<]*((?:https?://)?((?:[a-z0-9-]+\.)*amazon\.(?:${AMAZON_TLDS.map((t) => t.replace('.', '\\.')).join('|')})))(?:[/?#](?:\S*[^\s)\]}>.,;:!?])?)?(?=[)\]}>.,;:!?]*$)`, 'i');
const CANDIDATE_RE = /[a-z0-9_-]\.[a-z]|:\/\/|@|\d{1,3}\.\d{1,3}\.\d{1,3}\.\d/gi;
const MAX_TOKEN = 1000;

/** Token delimiters: whitespace, quotes, angle brackets, `|` (also full-width `｜`, folded) and any CJK character. */
function isDelimiter(code: number): boolean {
  return code <= 0x20 || code === 0x22 || code === 0x27 || code === 0x3c || code === 0x3e || code === 0x60 || code === 0x7c
    || code === 0xa0 || (code >= 0x2000 && code <= 0x206f) || code >= 0x2e80;
}

/** Every link and email in `text`, in order. */
export function findLinkHits(text: string): LinkHit[] {
  const hits: LinkHit[] = [];
  CANDIDATE_RE.lastIndex = 0;
  for (let m = CANDIDATE_RE.exec(text); m; m = CANDIDATE_RE.exec(text)) {
    let start = m.index;
    let end = m.index + 1;
    while (start > 0 && m.index - start < MAX_TOKEN && !isDelimiter(text.charCodeAt(start - 1))) start--;
    while (end < text.length && end - m.index < MAX_TOKEN && !isDelimiter(text.charCodeAt(end))) end++;
    CANDIDATE_RE.lastIndex = end;
    // A colon or comma glued before a link ("here:bit.ly/x", from a folded full-width '：').
    while (start < m.index && /[:;,!?]/.test(text[start] ?? '')) start++;
    const token = text.slice(start, end);
    const amazon = AMAZON_URL_RE.exec(token);
    if (amazon) {
      const lead = amazon[0].length - amazon[0].replace(/^[([{<]+/, '').length;
      const raw = amazon[0].slice(lead);
      hits.push({ start: start + lead, end: start + amazon[0].length, raw, url: `https://${amazon[2] ?? ''}/`, schema: /^https?:/i.test(raw) ? 'https:' : '' });
      continue;
    }
    const found = linkify.match(token);
    if (!found) continue;
    for (const link of found) {
      hits.push({ start: start + link.index, end: start + link.lastIndex, raw: link.raw, url: link.url, schema: link.schema });
    }
  }
  // One suffix test for both walks: a host written many times is looked up once.
  const isIcann = icannTest();
  const idn = withoutOverlaps(findIdnEmails(text, isIcann), hits);
  if (idn.length > 0) hits.push(...idn);
  const bare = findBareHosts(text, hits, isIcann);
  return bare.length === 0 && idn.length === 0 ? hits : [...hits, ...bare].sort((a, b) => a.start - b.start);
}

/** The hits of `extra` that overlap none of `hits`. */
function withoutOverlaps(extra: LinkHit[], hits: readonly LinkHit[]): LinkHit[] {
  if (extra.length === 0) return extra;
  const merged = mergeSpans(hits);
  return extra.filter((hit) => !overlapsAny(merged, hit.start, hit.end));
}

/** linkify-it's test for a whole string, for text rebuilt from obfuscated spellings. */
export function looksLikeLink(text: string): LinkHit | null {
  const found = linkify.match(text);
  const first = found?.[0];
  return first ? { start: first.index, end: first.lastIndex, raw: first.raw, url: first.url, schema: first.schema } : null;
}
