/** Column values as both drivers return them (Date or text timestamps, bigint as text). */
export function isoOf(value: unknown): string {
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}

export function isoOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : isoOf(value);
}

export function numberOf(value: unknown): number {
  return Number(value);
}
