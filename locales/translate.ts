import { en, type EnglishCatalogue, type MessageKey } from './en/index';
import { fillPlaceholders, type MessageParams, type PlaceholdersOf } from './format';
import { languagePack } from './language-packs';
import type { Language } from './languages';

export type { MessageKey } from './en/index';

type ParamsOf<K extends MessageKey> = [PlaceholdersOf<EnglishCatalogue[K]>] extends [never]
  ? []
  : [params: Record<PlaceholdersOf<EnglishCatalogue[K]>, string | number>];

/** A key whose catalogue has a `.one`/`.other` pair, e.g. `draft.panel.blocking`. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.one` ? (`${Base}.other` extends MessageKey ? Base : never) : never;
}[MessageKey];

type PluralParams<B extends PluralKey> = Omit<
  Record<PlaceholdersOf<EnglishCatalogue[`${B}.other`]>, string | number>,
  'count'
>;

export interface Translator {
  readonly language: Language;
  /** The text of `key` with its placeholders filled; parameters are checked against English. */
  <K extends MessageKey>(key: K, ...params: ParamsOf<K>): string;
  /** The singular or plural form of `key` for `count` (`{count}` is filled in). */
  plural<B extends PluralKey>(key: B, count: number, params?: PluralParams<B>): string;
  /** For keys computed at run time (`draft.finding.${id}`): parameters are not checked. */
  dynamic(key: MessageKey, params?: MessageParams): string;
}

const cache = new Map<Language, Translator>();

/**
 * The translator of one language, for code that is told its language (an evidence pack
 * exported in German). Interface code uses `t`, which follows the agent's setting. The
 * language's pack must be loaded (`loadLanguagePack`); English always is.
 *
 * @example translator('de')('draft.dialog.back') // 'Zurück und bearbeiten'
 */
export function translator(language: Language): Translator {
  const cached = cache.get(language);
  if (cached) return cached;
  const { catalogue } = languagePack(language);
  const lookup = (key: MessageKey, params?: MessageParams) =>
    fillPlaceholders(catalogue[key] ?? en[key], params, language);
  const rules = new Intl.PluralRules(language);
  const translate = ((key: MessageKey, params?: MessageParams) => lookup(key, params)) as Translator;
  Object.assign(translate, {
    language,
    plural: (key: PluralKey, count: number, params?: MessageParams) =>
      lookup(`${key}.${rules.select(count) === 'one' ? 'one' : 'other'}` as MessageKey, { ...params, count }),
    dynamic: lookup,
  });
  cache.set(language, translate);
  return translate;
}
