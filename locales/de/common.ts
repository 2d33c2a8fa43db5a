import type { common as en } from '../en/common';

export const common: Record<keyof typeof en, string> = {
  'app.name': 'Seller Guard',
  'language.auto': 'Automatisch (Browsersprache)',
  'badge.overdue.one': 'Seller Guard: {count} Eintrag der Beobachtungsliste ist zur Überprüfung fällig',
  'badge.overdue.other': 'Seller Guard: {count} Einträge der Beobachtungsliste sind zur Überprüfung fällig',
};
