import confusables from 'unhomoglyph/data.json';

/**
 * Whether a domain name imitates Amazon: judged on Unicode confusable skeletons (Unicode
 * TR39, with unhomoglyph's copy of confusables.txt, read as a map: one look-up per character
 * instead of its 6,000-way regex), so `аmаzоn` (Cyrillic), `arnazon` and
 * `amaz0n` all reduce to the skeleton of `amazon`; and on one-edit typos of that skeleton
 * (`amazom`, `amazn`). Pure and linear in the name.
 */

export const BRANDS = ['amazon', 'sellercentral'] as const;
export type Brand = (typeof BRANDS)[number];

const TABLE = new Map<string, string>(Object.entries(confusables as Record<string, string>));

/** The table's entries for the ASCII characters, looked up by code (most host words are ASCII). */
const ASCII_TABLE = Array.from({ length: 128 }, (_, code) => TABLE.get(String.fromCharCode(code)) ?? String.fromCharCode(code));
const ASCII_RE = /^[\0-\x7f]*$/;

/** TR39 skeleton, case-folded before and after (the table maps `0` to `O`). */
export function skeleton(text: string): string {
  let out = '';
  if (ASCII_RE.test(text)) {
    // ASCII is its own NFKC form: no normalisation, one array look-up per character.
    const lower = text.toLowerCase();
    for (let i = 0; i < lower.length; i++) out += ASCII_TABLE[lower.charCodeAt(i)]!;
    return out.toLowerCase();
  }
  for (const c of text.normalize('NFKC').toLowerCase()) out += TABLE.get(c) ?? c;
  return out.toLowerCase();
}

const BRAND_SKELETONS = BRANDS.map((brand) => [brand, skeleton(brand)] as const);

/** True when `a` and `b` differ by at most one insertion, deletion, substitution or swap of neighbours. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let ea = a.length;
  let eb = b.length;
  while (ea > i && eb > i && a[ea - 1] === b[eb - 1]) {
    ea--;
    eb--;
  }
  if (ea - i === 2 && eb - i === 2) return a[i] === b[i + 1] && a[i + 1] === b[i];
  return ea - i <= 1 && eb - i <= 1;
}

export type Imitation = { how: 'brand-inside' | 'homoglyph' | 'typo'; brand: Brand };

/**
 * How the words of a name (labels and hyphen-separated parts, suffix excluded) imitate an
 * Amazon name, or null.
 * @example imitation(['amazon', 'verify']) // { how: 'brand-inside', brand: 'amazon' }
 * @example imitation(['аmazon']) // { how: 'homoglyph', brand: 'amazon' } (Cyrillic а)
 * @example imitation(['amaz0n']) // { how: 'typo', brand: 'amazon' }
 */
export function imitation(words: readonly string[]): Imitation | null {
  let typo: Imitation | null = null;
  for (const word of words) {
    const lower = word.toLowerCase();
    const skel = skeleton(lower);
    for (const [brand, brandSkel] of BRAND_SKELETONS) {
      if (lower.includes(brand)) return { how: 'brand-inside', brand };
      if (skel.includes(brandSkel)) return { how: /[^\t-~]/.test(word) ? 'homoglyph' : 'typo', brand };
      if (!typo && lower.length >= 5 && withinOneEdit(skel, brandSkel)) typo = { how: /[^\t-~]/.test(word) ? 'homoglyph' : 'typo', brand };
    }
  }
  return typo;
}
