/**
 * Canonical JSON for hashing: object keys sorted by UTF-16 code units (as RFC 8785 / JCS
 * does), no whitespace, strings and numbers written exactly as `JSON.stringify` writes them
 * (ECMAScript's shortest round-trip number form; lone surrogates escaped as `\udxxx`).
 * The same value therefore always gives the same bytes, whatever order its keys were built in.
 *
 * Values JSON cannot carry faithfully are refused instead of silently changed: `NaN`,
 * `Infinity`, `bigint`, functions, symbols, `undefined` inside arrays, and objects that are
 * not plain (Dates, Maps, Blobs…). `undefined` object properties are left out, as in JSON.
 * `-0` is written `0`, as JSON does.
 *
 * @example canonicalJson({ b: [1, 'é'], a: null }) // '{"a":null,"b":[1,"é"]}'
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$');
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${path} is ${value}, not a finite number`);
      return JSON.stringify(value);
    case 'object':
      return Array.isArray(value) ? writeArray(value, path) : writeObject(value as object, path);
    default:
      throw new TypeError(`canonicalJson: ${path} is a ${typeof value}, which JSON cannot carry`);
  }
}

function writeArray(items: unknown[], path: string): string {
  const parts = items.map((item, index) => {
    if (item === undefined) throw new TypeError(`canonicalJson: ${path}[${index}] is undefined`);
    return write(item, `${path}[${index}]`);
  });
  return `[${parts.join(',')}]`;
}

function writeObject(object: object, path: string): string {
  const proto = Object.getPrototypeOf(object);
  if (proto !== Object.prototype && proto !== null) {
    throw new TypeError(`canonicalJson: ${path} is a ${object.constructor?.name ?? 'non-plain object'}, not a plain object`);
  }
  const record = object as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort(); // default sort compares UTF-16 code units, as JCS requires
  const parts = keys.map((key) => `${JSON.stringify(key)}:${write(record[key], `${path}.${key}`)}`);
  return `{${parts.join(',')}}`;
}
