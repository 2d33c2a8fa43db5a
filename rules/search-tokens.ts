/**
 * Search index terms for a capture. Minimal first version (owned and extended by the
 * archive capability): lower-cased words, diacritics removed.
 */
export function tokenize(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  return [...new Set(folded.match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? [])];
}
