/**
 * Stop terms of the archive's search index: terms that appear in most captures (Seller
 * Central's own page chrome, "marketplace", "amazon", the labels of every order page…). An
 * index entry for them costs as much as any other and narrows nothing, so captures leave
 * them out of their indexed `tokens`, and a search for one checks it on the records instead
 * (rules/search/capture-terms.ts `captureTerms`, storage/archive/search-criteria.ts).
 *
 * The set only ever grows: a capture stored while a term was a stop term has no index entry
 * for it, so the term must stay one for every later search.
 */

export interface StopTermOptions {
  /** Share of sampled captures a term must appear in (default 0.5). */
  minShare?: number;
  /** Largest stop set (default 600). */
  max?: number;
  /** Fewest captures to learn from (default 200). */
  minSample?: number;
}

/**
 * Learn stop terms from the terms of recent captures and add them to `existing`. Field-scoped
 * terms (`buyer:…`) and the terms of identifiers (containing a digit) are never stop terms.
 * @example learnStopTerms([['order', 'jane'], ['order', 'li']], [], { minSample: 2 }) // ['order']
 */
export function learnStopTerms(samples: readonly (readonly string[])[], existing: readonly string[], options: StopTermOptions = {}): string[] {
  const { minShare = 0.5, max = 600, minSample = 200 } = options;
  if (samples.length < minSample) return [...existing];
  const counts = new Map<string, number>();
  for (const terms of samples) {
    for (const term of new Set(terms)) {
      if (term.includes(':') || /\d/.test(term)) continue;
      counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  }
  const known = new Set(existing);
  const fresh = [...counts]
    .filter(([term, count]) => !known.has(term) && count / samples.length >= minShare)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([term]) => term);
  return [...existing, ...fresh.slice(0, Math.max(0, max - existing.length))];
}
