/**
 * The placeholder names of a catalogue string, as a type: `'Hello {name}, {count} new'`
 * gives `'name' | 'count'`. Lets `t()` check its parameters against the English text.
 */
export type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

export type MessageParams = Record<string, string | number>;

const PLACEHOLDER = /\{([A-Za-z][\w]*)\}/g;

/** The placeholder names in a catalogue string, e.g. `['name', 'count']`. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/**
 * Fill `{name}` placeholders from `params`; numbers are formatted for `locale`. A missing
 * parameter stays visible as `{name}` so a wrong call shows up in tests instead of as "".
 * The result is plain text: callers render it with textContent, never as HTML.
 *
 * @example fillPlaceholders('{count} new', { count: 1200 }, 'de') // '1.200 new'
 */
export function fillPlaceholders(text: string, params: MessageParams | undefined, locale: string): string {
  if (!params) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(locale) : value;
  });
}

/**
 * `value` with one decimal and no grouping, in `locale` (a size in MB or GB in a sentence).
 * @example oneDecimal(3072, 'de') // '3072,0'
 */
export function oneDecimal(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(value);
}
