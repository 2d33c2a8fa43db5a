import { foldText, MAX_TERM_LENGTH, tokenize } from './search-tokens';

/**
 * The search terms of a whole capture (what goes into `captures.tokens` and the `*tokens`
 * index): the words of every field, built with `tokenize`, plus field-scoped terms for the
 * `buyer:`, `asin:`, `tracking:` and `tag:` filters. Pure.
 */

/** A capture's terms are capped so one huge page cannot slow every capture write. */
export const MAX_TERMS_PER_CAPTURE = 1500;

/** The record fields `captureTerms` reads (a subset of `CaptureRecord`). */
export interface TermSource {
  orderId: string | null;
  buyerName: string | null;
  buyerProxyEmail: string | null;
  marketplace: string | null;
  asins: readonly string[];
  trackingIds: readonly string[];
  tags: readonly string[];
  note: string;
  title: string;
  text: string;
  data?: {
    order?: { status?: string | null; items?: readonly { title?: string | null; sku?: string | null }[]; tracking?: readonly { carrier?: string | null; status?: string | null }[] };
    thread?: { messages?: readonly { text: string; sender?: string | null }[] };
  };
}

/** Field-scoped terms: `buyer:`, `asin:`, `tracking:` and `tag:` filters look these up. */
export const FIELD_PREFIXES = ['buyer', 'asin', 'tracking', 'tag'] as const;
export type FieldPrefix = (typeof FIELD_PREFIXES)[number];

/** The scoped form of a term, e.g. `fieldTerm('buyer', 'jordan')` → `buyer:jordan`. */
export function fieldTerm(field: FieldPrefix, term: string): string {
  return `${field}:${term}`;
}

/**
 * Every search term of a capture: words of its identifiers, buyer, tags, note, title,
 * structured data (item titles, statuses, messages) and full page text, plus field-scoped
 * terms (`buyer:jordan`, `asin:b0cx23v2zk`, `tracking:1z999…`, `tag:a-to-z`) for filters.
 * Identifiers come first so the cap never drops them. `stop` terms (rules/search/learn-stop-terms.ts)
 * are left out: pass them for the indexed `tokens`, omit them for the full set.
 * @example captureTerms({ ...record, buyerName: 'Jordan Ellis' }) // includes 'jordan', 'buyer:jordan', 'buyer:ellis'
 */
export function captureTerms(source: TermSource, stop: ReadonlySet<string> = NO_STOP_TERMS): string[] {
  const terms = new Set<string>();
  const scoped = (field: FieldPrefix, values: readonly (string | null | undefined)[]) => {
    for (const value of values) {
      if (!value) continue;
      for (const term of tokenize(value)) {
        terms.add(term);
        terms.add(fieldTerm(field, term));
      }
    }
  };
  const plain = (values: readonly (string | null | undefined)[]) => {
    for (const value of values) if (value) for (const term of tokenize(value)) terms.add(term);
  };
  plain([source.orderId]);
  scoped('asin', source.asins);
  scoped('tracking', source.trackingIds);
  scoped('buyer', [source.buyerName]);
  // A proxy email's parts are terms; only the address and its local part are `buyer:` terms.
  const email = source.buyerProxyEmail ? foldText(source.buyerProxyEmail) : null;
  if (email) {
    plain([email]);
    for (const term of [email, email.split('@')[0]!]) if (term.length <= MAX_TERM_LENGTH) terms.add(fieldTerm('buyer', term));
  }
  scoped('tag', source.tags);
  const order = source.data?.order;
  const messages = source.data?.thread?.messages ?? [];
  plain([source.marketplace, source.note, source.title, order?.status]);
  plain((order?.items ?? []).flatMap((item) => [item.title, item.sku]));
  plain((order?.tracking ?? []).flatMap((t) => [t.carrier, t.status]));
  plain(messages.flatMap((m) => [m.sender, m.text]));
  plain([source.text]);
  for (const term of stop) terms.delete(term);
  return [...terms].slice(0, MAX_TERMS_PER_CAPTURE);
}

const NO_STOP_TERMS: ReadonlySet<string> = new Set();

/**
 * Every piece of text `captureTerms` reads, joined: a search for a word the index leaves out
 * checks this first (storage/archive/search-criteria.ts), since a word that is not in it is in no term.
 */
export function captureText(source: TermSource): string {
  const order = source.data?.order;
  const messages = source.data?.thread?.messages ?? [];
  return [
    source.orderId,
    ...source.asins,
    ...source.trackingIds,
    source.buyerName,
    source.buyerProxyEmail,
    ...source.tags,
    source.marketplace,
    source.note,
    source.title,
    order?.status,
    ...(order?.items ?? []).flatMap((item) => [item.title, item.sku]),
    ...(order?.tracking ?? []).flatMap((t) => [t.carrier, t.status]),
    ...messages.flatMap((m) => [m.sender, m.text]),
    source.text,
  ]
    .filter(Boolean)
    .join('\n');
}
