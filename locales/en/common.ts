/** Words used across the extension. */
export const common = {
  'app.name': 'Seller Guard',
  'language.auto': 'Automatic (browser language)',
  'badge.overdue.one': 'Seller Guard: {count} watchlist entry is due for review',
  'badge.overdue.other': 'Seller Guard: {count} watchlist entries are due for review',
} as const;
