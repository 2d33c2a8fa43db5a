import type { LinkHit } from './link-scan';
import { afterLeadIn, icannHostEnd, type IcannTest, icannTest } from './unspaced-hosts';

/**
 * Email addresses with letters outside ASCII (`käufer@beispiel.de`, `用户@例子.公司`,
 * `иван@почта.рф`), which linkify-it's fuzzy email rule does not find: it reads only ASCII
 * mailbox names. From each `@`, the mailbox name is walked back and the domain forward over
 * letters, digits and marks, each walk capped, so the cost stays linear; the domain must end
 * in a suffix on the Public Suffix List (tldts). Addresses wholly in ASCII are left to
 * linkify-it. In Chinese or Japanese written without spaces the mailbox name starts after a
 * lead-in word ("发到"), and may otherwise hold the words before it (see `unspaced-hosts.ts`).
 */

const LOCAL_CHAR_RE = /[\p{L}\p{N}\p{M}._%+-]/u;
const DOMAIN_CHAR_RE = /[\p{L}\p{N}\p{M}.-]/u;
const NON_ASCII_RE = /[^\t-~]/;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

function isChar(re: RegExp, text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) return false;
  return re.test(text[i] ?? '');
}

/** The address around the `@` at `at`, or null; `walked.end` is where the domain walk stopped. */
function addressAt(text: string, at: number, walked: { end: number }, isIcann: IcannTest): { start: number; end: number } | null {
  let start = at;
  let end = at + 1;
  while (start > 0 && at - start < MAX_LOCAL && isChar(LOCAL_CHAR_RE, text, start - 1)) start--;
  while (end < text.length && end - at <= MAX_DOMAIN && isChar(DOMAIN_CHAR_RE, text, end)) end++;
  walked.end = end;
  while (start < at && text[start] === '.') start++;
  while (end > at + 1 && /[.-]/.test(text[end - 1] ?? '')) end--;
  if (start === at || text[start - 1] === '@') return null;
  const domain = text.slice(at + 1, end);
  if (!domain.includes('.') || domain.split('.').some((label) => label === '')) return null;
  if (!NON_ASCII_RE.test(text.slice(start, end))) return null;
  const domainEnd = icannHostEnd(text, at + 1, end, isIcann);
  if (domainEnd === null) return null;
  const local = afterLeadIn(text, start, at);
  return { start: local, end: domainEnd };
}

/**
 * Addresses with non-ASCII letters in `text` (width-folded), as `mailto:` hits, in order;
 * `isIcann` is the analysis' shared suffix test.
 */
export function findIdnEmails(text: string, isIcann: IcannTest = icannTest()): LinkHit[] {
  const hits: LinkHit[] = [];
  const walked = { end: 0 };
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', Math.max(at + 1, walked.end))) {
    const address = addressAt(text, at, walked, isIcann);
    if (!address) continue;
    const raw = text.slice(address.start, address.end);
    hits.push({ start: address.start, end: address.end, raw, url: `mailto:${raw}`, schema: 'mailto:' });
  }
  return hits;
}
