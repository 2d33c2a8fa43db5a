import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';
import { captureTerms } from '../../rules/search/capture-terms';
import { ORDER_ID_GLOBAL_RE } from '../../rules/page/patterns';
import type { CaptureData, CaptureRecord } from '../capture/capture-schema';

/** What replaces removed buyer data in text. */
export const REDACTED = '[redacted]';
export const TEXT_REMOVED = "[Page text removed by retention: it showed the buyer's address.]";

const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

/** Words of the buyer's name worth removing on their own ("Hello Jordan"). */
function nameWords(names: readonly (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    words.add(name.trim());
    for (const word of name.split(/\s+/)) if (word.length >= 3) words.add(word);
  }
  return [...words].filter(Boolean).sort((a, b) => b.length - a.length);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Remove buyer personal data from one text: the buyer's name (whole and by word, as written),
 * email addresses and phone numbers. Order ids are kept even where they look like numbers.
 * @example redactText('Hello Jordan, call 813-555-0100', ['Jordan Ellis'], 'US') // 'Hello [redacted], call [redacted]'
 */
export function redactText(text: string, names: readonly (string | null | undefined)[], country: string | null): string {
  let out = text.replace(EMAIL_RE, REDACTED);
  for (const word of nameWords(names)) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(word)}(?![\\p{L}\\p{N}])`, 'gu'), REDACTED);
  }
  const keep = [...out.matchAll(ORDER_ID_GLOBAL_RE)].map((m) => [m.index, m.index + m[0].length] as const);
  const defaultCountry = country && /^[A-Z]{2}$/.test(country) ? (country === 'UK' ? 'GB' : (country as CountryCode)) : undefined;
  const phones = findPhoneNumbersInText(out, defaultCountry ? { defaultCountry } : undefined)
    .filter((p) => !keep.some(([s, e]) => p.startsAt < e && p.endsAt > s))
    .sort((a, b) => b.startsAt - a.startsAt);
  for (const phone of phones) out = out.slice(0, phone.startsAt) + REDACTED + out.slice(phone.endsAt);
  return out;
}

/** The fields `redactCapture` may change, for the redaction event. */
export const REDACTED_FIELDS = ['buyerName', 'buyerProxyEmail', 'data', 'text', 'title', 'note', 'images', 'screenshot', 'screenshotNote'] as const;

/**
 * A capture with the buyer's personal data removed (name, proxy email, phone numbers, email
 * addresses, and the page text when it was stored unmasked and may hold the address), and its
 * screenshots dropped, since they show the buyer. Order id, ASINs, tracking ids, statuses,
 * times, the chain fields (`seq`, `prevHash`, `hash`) and `contentHash` stay as they were;
 * `tokens` are recomputed so the buyer can no longer be searched for.
 */
export function redactCapture(record: CaptureRecord, when: Date, stop: ReadonlySet<string> = new Set()): CaptureRecord {
  const names = [
    record.buyerName,
    record.data.order?.buyerName,
    record.data.thread?.buyerName,
    record.data.contact?.buyerName,
    ...(record.data.list?.rows.map((r) => r.buyerName) ?? []),
  ];
  const country = record.marketplace;
  const clean = (text: string) => redactText(text, names, country);
  const data: CaptureData = {
    ...record.data,
    ...(record.data.order && { order: { ...record.data.order, buyerName: null, buyerProxyEmail: null } }),
    ...(record.data.contact && { contact: { ...record.data.contact, buyerName: null, buyerProxyEmail: null } }),
    ...(record.data.list && { list: { rows: record.data.list.rows.map((row) => ({ ...row, buyerName: null })) } }),
    ...(record.data.thread && {
      thread: {
        ...record.data.thread,
        buyerName: null,
        buyerProxyEmail: null,
        messages: record.data.thread.messages.map((m) => ({
          ...m,
          sender: m.direction === 'seller' || m.direction === 'amazon' ? m.sender : null,
          text: clean(m.text),
        })),
      },
    }),
  };
  const hadImages = record.images.length > 0;
  const redacted: CaptureRecord = {
    ...record,
    buyerName: null,
    buyerProxyEmail: null,
    title: clean(record.title),
    note: clean(record.note),
    data,
    text: record.masked ? clean(record.text) : TEXT_REMOVED,
    images: [],
    screenshot: hadImages ? 'none' : record.screenshot,
    screenshotNote: hadImages ? `Screenshots removed by retention on ${when.toISOString().slice(0, 10)}: they showed buyer personal data.` : record.screenshotNote,
  };
  return { ...redacted, tokens: captureTerms(redacted, stop) };
}
