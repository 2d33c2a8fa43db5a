import type { TemplateLanguage } from './template-schema';

/** Language names as Seller Central shows them (English, German and native names). */
const NAMES: ReadonlyArray<[TemplateLanguage, readonly string[]]> = [
  ['en', ['english', 'englisch', '英语']],
  ['de', ['german', 'deutsch', '德语']],
  ['fr', ['french', 'französisch', 'français', 'francais']],
  ['es', ['spanish', 'spanisch', 'español', 'espanol']],
  ['it', ['italian', 'italienisch', 'italiano']],
  ['nl', ['dutch', 'niederländisch', 'nederlands']],
  ['pl', ['polish', 'polnisch', 'polski']],
  ['sv', ['swedish', 'schwedisch', 'svenska']],
  ['tr', ['turkish', 'türkisch', 'türkçe']],
  ['pt', ['portuguese', 'portugiesisch', 'português']],
  ['ar', ['arabic', 'arabisch', 'العربية']],
  ['ja', ['japanese', 'japanisch', '日本語']],
  ['zh', ['chinese', 'chinesisch', '中文']],
];

/**
 * The language named after the colon of a "Buyer's Language of Preference: Spanish" line
 * (any page language), or null.
 * @example preferredLanguage("Buyer's Language of Preference: Spanish") // 'es'
 */
export function preferredLanguage(line: string): TemplateLanguage | null {
  const value = line.slice(line.lastIndexOf(':') + 1, line.lastIndexOf(':') + 60).trim().toLowerCase();
  if (!value) return null;
  return NAMES.find(([, names]) => names.some((name) => value.startsWith(name)))?.[0] ?? null;
}

const MARKETPLACE_LANGUAGES: Readonly<Record<string, TemplateLanguage>> = {
  US: 'en', CA: 'en', UK: 'en', GB: 'en', AU: 'en', IN: 'en', SG: 'en', AE: 'en', IE: 'en',
  DE: 'de', AT: 'de', FR: 'fr', BE: 'fr', ES: 'es', MX: 'es', IT: 'it', NL: 'nl', PL: 'pl',
  SE: 'sv', TR: 'tr', BR: 'pt', JP: 'ja', SA: 'ar', EG: 'ar',
};

/** The main buyer language of a marketplace code (`DE` → `de`), or null. */
export function marketplaceLanguage(code: string | null | undefined): TemplateLanguage | null {
  return (code && MARKETPLACE_LANGUAGES[code.toUpperCase()]) || null;
}
