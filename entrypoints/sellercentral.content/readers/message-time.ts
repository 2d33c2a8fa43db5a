import { format, isValid, parse } from 'date-fns';
import { enUS } from 'date-fns/locale';

// English formats Seller Central shows for message times ("Jun 5, 2024 3:04 PM") and the case
// JSON's formattedDate ("5 Jul 2026 9:30 pm").
const FORMATS = ['MMM d, yyyy h:mm a', 'MMM d, yyyy, h:mm a', 'MMMM d, yyyy h:mm a', 'd MMM yyyy h:mm a', 'd MMM yyyy, h:mm a', 'MMM d, yyyy HH:mm', 'd MMM yyyy HH:mm'];
const REFERENCE = new Date(2000, 0, 1);

/**
 * A displayed English message time as local ISO 8601 without a zone offset
 * ("2024-06-05T15:04:00"): the page shows the seller's zone, which the reader cannot know.
 * Null for any other format: other languages are kept as displayed only.
 * @example parseMessageTime('Jun 5, 2024 3:04 PM') // '2024-06-05T15:04:00'
 */
export function parseMessageTime(displayed: string | null): string | null {
  const text = displayed?.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  for (const pattern of FORMATS) {
    const parsed = parse(text, pattern, REFERENCE, { locale: enUS });
    if (isValid(parsed)) return format(parsed, "yyyy-MM-dd'T'HH:mm:ss");
  }
  return null;
}
