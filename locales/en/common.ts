/** Words used across the extension. */
export const common = {
  'app.name': 'Seller Guard',
  'language.auto': 'Automatic (browser language)',
} as const;
