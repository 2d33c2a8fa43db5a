import type { SearchQuery } from '../rules/search-query';
import type { CaptureRecord } from './capture-schema';
import type { KeySource } from './search-reads';

/**
 * One condition of a search, in two forms: where IndexedDB keeps the captures that meet it
 * (`source`, read for candidates) and a check on a loaded record (`test`, used to confirm
 * candidates found through another condition). `key` is set when the source is a single
 * index key, whose ids IndexedDB returns newest first, so it can be streamed.
 */
export interface Criterion {
  label: string;
  source: KeySource;
  key: IDBValidKey | null;
  test: (record: CaptureRecord) => boolean;
}

const prefixRange = (prefix: string) => IDBKeyRange.bound(prefix, `${prefix}\uffff`);

/** The criteria of a parsed query; all must hold. */
export function criteriaOf(query: SearchQuery): Criterion[] {
  const criteria: Criterion[] = [];
  for (const { term, prefix } of query.terms) {
    criteria.push(
      prefix
        ? {
            label: `${term}*`,
            source: { index: 'tokens', range: prefixRange(term) },
            key: null,
            test: (r) => r.tokens.some((t) => t.startsWith(term)),
          }
        : { label: term, source: { index: 'tokens', range: IDBKeyRange.only(term) }, key: term, test: (r) => r.tokens.includes(term) },
    );
  }
  const orderId = query.orderId;
  if (orderId) {
    const whole = /^\d{3}-\d{7}-\d{7}$/.test(orderId);
    criteria.push({
      label: `order:${orderId}`,
      source: { index: 'orderId', range: whole ? IDBKeyRange.only(orderId) : prefixRange(orderId) },
      key: whole ? orderId : null,
      test: (r) => (whole ? r.orderId === orderId : (r.orderId ?? '').startsWith(orderId)),
    });
  }
  if (query.kinds.length === 1) {
    const kind = query.kinds[0]!;
    criteria.push({ label: `kind:${kind}`, source: { index: 'kind', range: IDBKeyRange.only(kind) }, key: kind, test: (r) => r.kind === kind });
  } else if (query.kinds.length > 1) {
    const kinds = [...query.kinds].sort();
    criteria.push({
      label: `kind:${kinds.join(',')}`,
      source: { index: 'kind', range: IDBKeyRange.bound(kinds[0]!, kinds.at(-1)!) },
      key: null,
      test: (r) => kinds.includes(r.kind),
    });
  }
  if (query.from || query.to) {
    const from = query.from ? Date.parse(query.from) : -Infinity;
    const to = query.to ? Date.parse(query.to) : Infinity;
    const range =
      query.from && query.to
        ? IDBKeyRange.bound(query.from, query.to, false, true)
        : query.from
          ? IDBKeyRange.lowerBound(query.from)
          : IDBKeyRange.upperBound(query.to!, true);
    criteria.push({
      label: 'date',
      source: { index: 'capturedAt', range },
      key: null,
      test: (r) => {
        const at = Date.parse(r.capturedAt);
        return at >= from && at < to;
      },
    });
  }
  return criteria;
}
