import { describe, expect, it } from 'vitest';
import { isoDateTimeSchema } from '../../../../storage/watchlist/watchlist-schema';

describe('a stored date and time', () => {
  it.each([
    ['2026-05-01T09:30:00.000Z', '2026-05-01T09:30:00.000Z'],
    ['2026-05-01T09:30:00Z', '2026-05-01T09:30:00.000Z'],
    ['2026-05-01T09:30:00.5Z', '2026-05-01T09:30:00.500Z'],
    ['2026-05-01T11:30:00.000+02:00', '2026-05-01T09:30:00.000Z'],
    ['2028-02-29T23:59:59.999Z', '2028-02-29T23:59:59.999Z'],
    ['0001-01-01T00:00:00.000Z', '0001-01-01T00:00:00.000Z'],
  ])('%s is kept as %s, the same UTC form a Date would give', (input, stored) => {
    expect(isoDateTimeSchema.parse(input)).toBe(stored);
    expect(isoDateTimeSchema.parse(input)).toBe(new Date(input).toISOString());
  });

  it.each(['2026-02-29T09:30:00.000Z', '2026-05-01T24:00:00.000Z', '2026-05-01T09:60:00.000Z', '2026-05-01', 'yesterday'])('%s is refused', (input) => {
    expect(isoDateTimeSchema.safeParse(input).success).toBe(false);
  });
});
