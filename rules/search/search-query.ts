import { PAGE_KINDS, type PageKind } from '../page/page-kind';
import { fieldTerm, type FieldPrefix } from './capture-terms';
import { queryTerms, type TermMatch } from './search-tokens';

/**
 * The archive search box's language. Free words match anywhere in a capture (prefix, case-
 * and diacritics-insensitive); filters narrow it down:
 *
 * | Filter | Matches |
 * | --- | --- |
 * | `order:112-48` | order id starting with that |
 * | `buyer:jordan`, `buyer:"Jordan Ellis"` | buyer name or proxy email words |
 * | `asin:B0CX`, `tracking:1Z99`, `tag:a-to-z` | ASIN, tracking id, tag (prefix) |
 * | `kind:thread` | page kind: order, list, thread, inbox, contact, other (repeat for "or") |
 * | `from:2026-01-01 to:2026-02-01` | capture date, both days included, in the agent's time zone; `YYYY-MM` for a month |
 */
export interface SearchQuery {
  /** Every term must match (AND): free words and field-scoped terms. */
  terms: TermMatch[];
  /** `order:` value, matched as the start of the order id. */
  orderId: string | null;
  /** Page kinds (any of them); empty = all. */
  kinds: PageKind[];
  /** Inclusive lower bound (UTC ISO instant) or null. */
  from: string | null;
  /** Exclusive upper bound (UTC ISO instant) or null. */
  to: string | null;
  /** Filters that could not be understood, in the agent's words; they are ignored. */
  errors: string[];
}

const KIND_ALIASES: Record<string, PageKind> = {
  order: 'order-details',
  orders: 'order-list',
  list: 'order-list',
  thread: 'message-thread',
  message: 'message-thread',
  messages: 'message-thread',
  inbox: 'messaging-inbox',
  contact: 'contact-buyer',
};

const TOKEN = /(\w+):"([^"]*)"?|(\w+):(\S*)|"([^"]*)"?|(\S+)/gu;

/** Split into filters and words; `key:"a b"` and `"a b"` keep their spaces. */
function lex(input: string): { key: string | null; value: string }[] {
  const out: { key: string | null; value: string }[] = [];
  for (const m of input.matchAll(TOKEN)) {
    if (m[1] !== undefined) out.push({ key: m[1].toLowerCase(), value: m[2] ?? '' });
    else if (m[3] !== undefined) out.push({ key: m[3].toLowerCase(), value: m[4] ?? '' });
    else out.push({ key: null, value: m[5] ?? m[6] ?? '' });
  }
  return out;
}

function parseKind(value: string): PageKind | null {
  const v = value.toLowerCase();
  return KIND_ALIASES[v] ?? PAGE_KINDS.find((kind) => kind === v) ?? PAGE_KINDS.find((kind) => v.length >= 3 && kind.startsWith(v)) ?? null;
}

/** Start of a local day or month given as `YYYY-MM-DD` / `YYYY-MM`; `end` gives the start of the next one. */
function parseDay(value: string, end: boolean): Date | null {
  const m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3])];
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  const date = day === null ? new Date(year, month - 1 + (end ? 1 : 0), 1) : new Date(year, month - 1, day + (end ? 1 : 0));
  // Reject rollovers such as 2026-02-31.
  if (day !== null && new Date(year, month - 1, day).getDate() !== day) return null;
  return date;
}

const FIELD_KEYS: Record<string, FieldPrefix> = { buyer: 'buyer', asin: 'asin', tracking: 'tracking', tag: 'tag' };

/**
 * Parse what the agent typed. Unknown `key:` prefixes are searched as words (a URL or
 * "Note:" in the text should still be findable); bad dates and kinds are reported in
 * `errors` and ignored.
 * @example parseSearchQuery('beschädigt kind:thread from:2026-01-01')
 * // { terms: [{ term: 'beschadigt', prefix: true }], kinds: ['message-thread'], from: '2025-12-31T23:00:00.000Z' (in Berlin), … }
 */
export function parseSearchQuery(input: string): SearchQuery {
  const query: SearchQuery = { terms: [], orderId: null, kinds: [], from: null, to: null, errors: [] };
  const addTerms = (terms: TermMatch[]) => {
    for (const t of terms) if (!query.terms.some((o) => o.term === t.term && o.prefix === t.prefix)) query.terms.push(t);
  };
  for (const { key, value } of lex(input)) {
    if (key === null) {
      addTerms(queryTerms(value));
    } else if (key === 'order') {
      const id = value.replace(/[^\d-]/g, '');
      if (id) query.orderId = id;
      else if (value) query.errors.push(`"order:${value}" is not an order id (digits and dashes, e.g. order:112-4837261).`);
    } else if (key in FIELD_KEYS) {
      const field = FIELD_KEYS[key]!;
      for (const t of queryTerms(value)) addTerms([{ term: fieldTerm(field, t.term), prefix: t.prefix }]);
    } else if (key === 'kind') {
      const kind = parseKind(value);
      if (kind) query.kinds = [...new Set([...query.kinds, kind])];
      else if (value) query.errors.push(`Unknown page kind "${value}": use order, list, thread, inbox, contact or other.`);
    } else if (key === 'from' || key === 'to') {
      if (!value) continue;
      const date = parseDay(value, key === 'to');
      if (!date) query.errors.push(`"${key}:${value}" is not a date: write it as YYYY-MM-DD (or YYYY-MM).`);
      else query[key] = date.toISOString();
    } else {
      addTerms(queryTerms(`${key}:${value}`));
    }
  }
  if (query.from && query.to && query.from >= query.to) query.errors.push('The "from" date is after the "to" date: nothing can match.');
  return query;
}

/** True when the query asks for nothing (show the newest captures). */
export function isEmptyQuery(query: SearchQuery): boolean {
  return !query.terms.length && !query.orderId && !query.kinds.length && !query.from && !query.to;
}
