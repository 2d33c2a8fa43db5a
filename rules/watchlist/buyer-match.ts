import { normalizeProxyEmail } from '../page/patterns';

/**
 * Buyer matching for the watchlist: pure, so the background, the options page and tests
 * share it. Build the index once per watchlist change, then match each page in a few Map
 * lookups, whatever the size of the list.
 */

// Diacritics only (Latin, Greek, Cyrillic combining blocks and Arabic vowel marks). Other
// combining marks carry meaning (Devanagari vowel signs, kana voicing marks) and are kept.
const DIACRITIC_RANGES: readonly [number, number][] = [
  [0x0300, 0x036f], [0x0483, 0x0487], [0x064b, 0x065f], [0x0670, 0x0670],
  [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x20d0, 0x20ff], [0xfe20, 0xfe2f],
];
const MARK_RE = /\p{M}/gu;
const stripDiacritic = (mark: string) => {
  const cp = mark.codePointAt(0)!;
  return DIACRITIC_RANGES.some(([from, to]) => cp >= from && cp <= to) ? '' : mark;
};
// Letters with a stroke that Unicode does not decompose.
const STROKED: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ħ: 'h', ŧ: 't', æ: 'ae', œ: 'oe' };
const STROKED_RE = /[øłđħŧæœ]/g;
const ASCII_RE = /^[\x20-\x7e]*$/;
const APOSTROPHES_RE = /['’‘`´ʼʹ]/g;
const INVISIBLE_RE = /[\p{Cf}\u034f]/gu;
const SEPARATORS_RE = /[\p{P}\p{S}\p{Z}\p{Cc}\s]+/gu;
const LETTER_RE = /\p{L}/u;
const INITIAL_RE = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Hebrew}\p{Script=Arabic}]$/u;

/**
 * A buyer name folded for comparison: Unicode NFKC, full case folding, diacritics removed,
 * apostrophes dropped, other punctuation and whitespace folded to single spaces.
 * @example normalizeBuyerName('  José  O’Brien-Núñez ') // 'jose obrien nunez'
 * @example normalizeBuyerName('ＭＵＬＬＥＲ, Jürgen') // 'muller jurgen'
 */
export function normalizeBuyerName(name: string | null | undefined): string {
  if (!name) return '';
  // Plain ASCII needs no Unicode folding (most names; keeps order list pages fast).
  const folded = ASCII_RE.test(name)
    ? name.toLowerCase()
    : name
        .normalize('NFKC')
        .replace(INVISIBLE_RE, '')
        .toUpperCase() // upper then lower folds ß→ss, final sigma, dotted/dotless i
        .toLowerCase()
        .normalize('NFD')
        .replace(MARK_RE, stripDiacritic)
        .normalize('NFC')
        .replace(STROKED_RE, (c) => STROKED[c] ?? c);
  return folded
    .replace(APOSTROPHES_RE, '')
    .replace(SEPARATORS_RE, ' ')
    .trim();
}

/** Placeholder names Seller Central shows instead of a real one, in the marketplaces' languages. */
export const GENERIC_BUYER_NAMES = [
  'Amazon Customer', 'Customer', 'Amazon Buyer', 'Buyer', 'Unknown', 'Anonymous',
  'Amazon-Kunde', 'Amazon Kunde', 'Kunde', 'Kundin', 'Käufer',
  'Client Amazon', 'Client', 'Amazon Client',
  'Cliente de Amazon', 'Cliente Amazon', 'Cliente', 'Amazon Cliente',
  'Amazon-klant', 'Klant', 'Amazon-kund', 'Kund', 'Klient Amazon', 'Klient', 'Amazon Müşterisi', 'Müşteri',
  'Amazonカスタマー', 'Amazon カスタマー', 'カスタマー', 'お客様',
];
const GENERIC_KEYS = new Set(GENERIC_BUYER_NAMES.map(normalizeBuyerName));

/**
 * Whether an already normalised name key is too generic to identify anyone: empty, no
 * letters, a placeholder like "amazon customer", a single character, or only initials.
 * @example isGenericNameKey('j d') // true
 */
export function isGenericNameKey(key: string): boolean {
  if (!key || !LETTER_RE.test(key) || GENERIC_KEYS.has(key)) return true;
  const tokens = key.split(' ');
  if (tokens.length === 1) return [...key].length <= 1;
  return tokens.every((t) => INITIAL_RE.test(t));
}

/** Whether a name as shown is too generic to match on ("Amazon Customer", "J. D.", ""). */
export function isGenericBuyerName(name: string | null | undefined): boolean {
  return isGenericNameKey(normalizeBuyerName(name));
}

/** The name keys to index for these shown names: normalised, non-generic, distinct. */
export function nameKeysFor(names: readonly (string | null | undefined)[]): string[] {
  const keys = names.map(normalizeBuyerName).filter((key) => !isGenericNameKey(key));
  return [...new Set(keys)];
}

/** The part of a watchlist entry that matching needs. */
export interface MatchableEntry {
  id: string;
  status: 'active' | 'cleared';
  proxyEmails: readonly string[];
  orderIds: readonly string[];
  nameKeys: readonly string[];
  severity?: string;
}

export interface WatchlistIndex<T extends MatchableEntry> {
  /** Active entries indexed. */
  readonly size: number;
  readonly byProxyEmail: ReadonlyMap<string, readonly T[]>;
  readonly byOrderId: ReadonlyMap<string, readonly T[]>;
  readonly byNameKey: ReadonlyMap<string, readonly T[]>;
}

function push<T>(map: Map<string, T[]>, key: string, entry: T): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

/**
 * Index the active entries by proxy email, order id and name key (cleared entries are left
 * out, so they never match). Build once per watchlist change; matching is then O(keys on page).
 */
export function buildWatchlistIndex<T extends MatchableEntry>(entries: Iterable<T>): WatchlistIndex<T> {
  const byProxyEmail = new Map<string, T[]>();
  const byOrderId = new Map<string, T[]>();
  const byNameKey = new Map<string, T[]>();
  let size = 0;
  for (const entry of entries) {
    if (entry.status !== 'active') continue;
    size++;
    for (const email of entry.proxyEmails) push(byProxyEmail, normalizeProxyEmail(email), entry);
    for (const orderId of entry.orderIds) push(byOrderId, orderId.trim(), entry);
    for (const key of entry.nameKeys) if (!isGenericNameKey(key)) push(byNameKey, key, entry);
  }
  return { size, byProxyEmail, byOrderId, byNameKey };
}

/** What a page tells about its buyer; any field may be missing. */
export interface BuyerOnPage {
  proxyEmail?: string | null;
  orderIds?: readonly (string | null | undefined)[] | null;
  buyerName?: string | null;
}

/** `strong`: a proxy email or order id is listed. `possible`: only the name matches. */
export type MatchStrength = 'strong' | 'possible';
export type MatchedKeyKind = 'proxyEmail' | 'orderId' | 'name';
export interface MatchedKey {
  kind: MatchedKeyKind;
  /** The normalised key that matched. */
  value: string;
}
export interface BuyerMatch<T> {
  entry: T;
  strength: MatchStrength;
  keys: MatchedKey[];
}

const SEVERITY_RANK: Record<string, number> = { high: 0, medium: 1, watch: 2 };

/**
 * The listed buyers this page's buyer matches: strong matches first, then by severity.
 * @example matchBuyer(index, { proxyEmail: 'ab12+9f8e@marketplace.amazon.de', orderIds: ['302-…'], buyerName: 'Jürgen M.' })
 *   // [{ entry, strength: 'strong', keys: [{ kind: 'proxyEmail', value: 'ab12@marketplace.amazon.de' }] }]
 */
export function matchBuyer<T extends MatchableEntry>(index: WatchlistIndex<T>, page: BuyerOnPage): BuyerMatch<T>[] {
  const found = new Map<T, BuyerMatch<T>>();
  const add = (entries: readonly T[] | undefined, key: MatchedKey) => {
    for (const entry of entries ?? []) {
      const strength: MatchStrength = key.kind === 'name' ? 'possible' : 'strong';
      const match = found.get(entry);
      if (!match) found.set(entry, { entry, strength, keys: [key] });
      else {
        match.keys.push(key);
        if (strength === 'strong') match.strength = 'strong';
      }
    }
  };
  if (page.proxyEmail?.trim()) {
    const value = normalizeProxyEmail(page.proxyEmail);
    add(index.byProxyEmail.get(value), { kind: 'proxyEmail', value });
  }
  for (const orderId of new Set(page.orderIds ?? [])) {
    const value = orderId?.trim();
    if (value) add(index.byOrderId.get(value), { kind: 'orderId', value });
  }
  const nameKey = normalizeBuyerName(page.buyerName);
  if (!isGenericNameKey(nameKey)) add(index.byNameKey.get(nameKey), { kind: 'name', value: nameKey });

  return [...found.values()].sort(
    (a, b) =>
      (a.strength === b.strength ? 0 : a.strength === 'strong' ? -1 : 1) ||
      (SEVERITY_RANK[a.entry.severity ?? ''] ?? 3) - (SEVERITY_RANK[b.entry.severity ?? ''] ?? 3),
  );
}
