import { missingFields } from '../../../rules/page/page-data';

/**
 * The reader-health list: top-level fields that are null or empty, plus `list.N.field` for
 * each null `field` of the list entries named in `nested`.
 * @example missingWithin({ a: null, items: [{ sku: null }] }, { items: ['sku'] }) // ['a', 'items.0.sku']
 */
export function missingWithin(
  data: Record<string, unknown>,
  nested: Record<string, readonly string[]> = {},
  optional: readonly string[] = [],
): string[] {
  const missing = missingFields(data, optional);
  for (const [list, fields] of Object.entries(nested)) {
    const entries = Array.isArray(data[list]) ? (data[list] as Record<string, unknown>[]) : [];
    entries.forEach((entry, index) => {
      for (const name of fields) if (entry[name] === null || (Array.isArray(entry[name]) && (entry[name] as unknown[]).length === 0)) missing.push(`${list}.${index}.${name}`);
    });
  }
  return missing;
}
