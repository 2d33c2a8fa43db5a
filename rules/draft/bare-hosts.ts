import type { LinkHit } from './link-scan';
import { mergeSpans, overlapsAny } from './scan';
import { afterLeadIn, icannHostEnd, type IcannTest, icannTest } from './unspaced-hosts';

/**
 * Two kinds of bare address linkify-it does not find in running text: internationalised
 * domain names written in their own script (`пример.рф`, `例子.中国`, `مثال.السعودية`), whose
 * labels hold no ASCII letter for its fuzzy-link rule to start from, and IPv6 addresses
 * without brackets (`2001:db8::7`). Both are found by walking characters from a cheap gate
 * match, so the cost stays linear; the top-level domain is checked against the Public Suffix
 * List (tldts), so prose with a full stop between two words is not taken for a host.
 */

/** A full stop with a non-ASCII letter on one side: where an IDN host may be. */
const IDN_GATE_RE = /[^\t-~]\.|\.[^\t-~]/g;
const HOST_CHAR_RE = /[\p{L}\p{N}\p{M}-]/u;
const NON_ASCII_RE = /[^\t-~]/;
const LATIN_CAPITALISED_RE = /^[A-Z][a-z]/;
const MAX_HOST = 253;

/**
 * An ASCII host whose top-level domain linkify-it does not list (`.support`, `.services`):
 * kept only when tldts finds the TLD on the Public Suffix List, and not a capitalised word
 * after a missing space ("done.Thanks").
 */
const ASCII_HOST_RE = /(?<![\p{L}\p{N}.@_-])[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9][a-z0-9-]{0,62}){1,8}(?![\p{L}\p{N}@_-])/giu;

const IPV6_FULL_GATE_RE = /(?:[0-9a-f]{1,4}:){7}/i;

/** Offsets of the IPv6 candidates: hex groups with at least two colons, starting at a run start. */
const IPV6_RE = /(?<![0-9a-f:.])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![0-9a-z:])/gi;

/** `HOST_CHAR_RE`'s answer per code unit, filled as met: 0 not yet asked, 1 a host character, 2 not. */
const HOST_CHARS = new Uint8Array(0x10000);

function isHostChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x2e) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let known = HOST_CHARS[c];
  if (!known) {
    known = HOST_CHAR_RE.test(text[i] ?? '') ? 1 : 2;
    HOST_CHARS[c] = known;
  }
  return known === 1;
}

/** A full stop or a hyphen, which a host neither starts nor ends with. */
function isDotOrHyphen(c: number): boolean {
  return c === 0x2e || c === 0x2d;
}

/** The IDN host around the full stop at `dot`, or null; `walked` is where the character run ends. */
function idnHostAt(text: string, dot: number, walked: { end: number }, isIcann: IcannTest): { start: number; end: number } | null {
  let start = dot;
  let end = dot + 1;
  while (start > 0 && dot - start < MAX_HOST && isHostChar(text, start - 1)) start--;
  while (end < text.length && end - dot < MAX_HOST && isHostChar(text, end)) end++;
  walked.end = end;
  while (start < dot && isDotOrHyphen(text.charCodeAt(start))) start++;
  while (end > dot + 1 && isDotOrHyphen(text.charCodeAt(end - 1))) end--;
  // Every label holds a character: the host neither starts nor ends with a full stop nor holds two in a row.
  if (start === dot || text.charCodeAt(end - 1) === 0x2e || text.charCodeAt(start - 1) === 0x40) return null;
  const host = text.slice(start, end);
  if (host.includes('..') || !NON_ASCII_RE.test(host)) return null;
  const tldStart = host.lastIndexOf('.') + 1;
  if (host.charCodeAt(tldStart) <= 0x5a && LATIN_CAPITALISED_RE.test(host.slice(tldStart))) return null;
  const icannEnd = icannHostEnd(text, start, end, isIcann);
  if (icannEnd === null) return null;
  return { start: afterLeadIn(text, start, start + host.indexOf('.')), end: icannEnd };
}

/** Extend a bare host over its path (`/…` up to a space or a CJK character). */
function pathEnd(text: string, end: number): number {
  if (text[end] !== '/') return end;
  let e = end;
  while (e < text.length && e - end < 1000 && text.charCodeAt(e) > 0x20 && text.charCodeAt(e) < 0x2e80) e++;
  while (e > end + 1 && /[.,;:!?)\]]/.test(text[e - 1] ?? '')) e--;
  return e;
}

function isIpv6(candidate: string): boolean {
  const colons = candidate.split(':').length - 1;
  if (!candidate.includes('::') && colons !== 7) return false;
  const groups = candidate.split(':').filter((g) => g !== '');
  if (groups.length < 3 && !(groups.length === 2 && groups.some((g) => g.length >= 3))) return false;
  try {
    return new URL(`http://[${candidate}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

/**
 * IDN hosts and bracketless IPv6 addresses in `text` that no hit in `found` already covers;
 * `isIcann` is the analysis' shared suffix test.
 */
export function findBareHosts(text: string, found: readonly LinkHit[], isIcann: IcannTest = icannTest()): LinkHit[] {
  const hits: LinkHit[] = [];
  // Each pass finds hosts in order; `merged` holds everything found by earlier passes.
  let merged = mergeSpans(found);
  let passStart = 0;
  // Merged when next asked: a pass with no candidates never pays for it.
  let unmerged = 0;
  const nextPass = () => {
    passStart = hits.length;
  };
  const covered = (s: number, e: number) => {
    if (unmerged < passStart) {
      merged = mergeSpans([...merged, ...hits.slice(unmerged, passStart)]);
      unmerged = passStart;
    }
    return overlapsAny(merged, s, e) || (hits.length > passStart && hits[hits.length - 1]!.end > s);
  };
  const walked = { end: 0 };
  IDN_GATE_RE.lastIndex = 0;
  for (let m = IDN_GATE_RE.exec(text); m; m = IDN_GATE_RE.exec(text)) {
    const dot = text[m.index] === '.' ? m.index : m.index + 1;
    const host = idnHostAt(text, dot, walked, isIcann);
    // Every later full stop of the same run walks the same run: skip past it.
    IDN_GATE_RE.lastIndex = Math.max(IDN_GATE_RE.lastIndex, walked.end);
    if (!host) continue;
    const end = pathEnd(text, host.end);
    if (covered(host.start, end)) continue;
    const raw = text.slice(host.start, end);
    hits.push({ start: host.start, end, raw, url: `http://${raw}`, schema: '' });
  }
  nextPass();
  ASCII_HOST_RE.lastIndex = 0;
  for (let m = ASCII_HOST_RE.exec(text); m; m = ASCII_HOST_RE.exec(text)) {
    const start = m.index;
    const tld = m[0].slice(m[0].lastIndexOf('.') + 1);
    if (tld.length < 3 || LATIN_CAPITALISED_RE.test(tld) || /\d/.test(tld) || covered(start, start + m[0].length)) continue;
    if (!isIcann(m[0])) continue;
    const end = pathEnd(text, start + m[0].length);
    if (covered(start, end)) continue;
    const raw = text.slice(start, end);
    hits.push({ start, end, raw, url: `http://${raw}`, schema: '' });
  }
  nextPass();
  if (text.includes('::') || IPV6_FULL_GATE_RE.test(text)) {
    IPV6_RE.lastIndex = 0;
    for (let m = IPV6_RE.exec(text); m; m = IPV6_RE.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!isIpv6(m[0]) || covered(start, end)) continue;
      hits.push({ start, end, raw: m[0], url: `http://[${m[0]}]/`, schema: '' });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
