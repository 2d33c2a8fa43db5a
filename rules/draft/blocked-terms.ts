import { foldWidth, quote, report, type DraftScan } from './scan';

/**
 * The seller's own blocked terms (`DraftOptions.blockedTerms`): each occurrence is a
 * `custom.blocked-term` finding, category `off-platform`, severity `block`. Latin-script terms
 * match as whole words, Chinese/Japanese ones anywhere; case and full-width forms are ignored.
 */

const cache = new Map<string, RegExp | null>();
const CJK_RE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

function termsRegex(terms: readonly string[]): RegExp | null {
  const key = terms.join('\u0000');
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const cleaned = [...new Set(terms.map((t) => foldWidth(t).trim().replace(/\s+/g, ' ')).filter((t) => t.length > 0))]
    .sort((a, b) => b.length - a.length)
    .map((t) => {
      const escaped = t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
      return CJK_RE.test(t) ? escaped : `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`;
    });
  const re = cleaned.length ? new RegExp(cleaned.join('|'), 'giu') : null;
  if (cache.size > 8) cache.clear();
  cache.set(key, re);
  return re;
}

/** Report every occurrence of the seller's `blockedTerms` (none when the option is empty). */
export function detectBlockedTerms(scan: DraftScan): void {
  const terms = scan.options.blockedTerms;
  if (!terms?.length) return;
  const re = termsRegex(terms);
  if (!re) return;
  re.lastIndex = 0;
  for (let m = re.exec(scan.text); m; m = re.exec(scan.text)) {
    const end = m.index + m[0].length;
    report(scan, 'custom.blocked-term', 'off-platform', m.index, end,
      'draft.finding.custom.blocked-term', { quote: quote(scan, m.index, end) });
  }
}
