import { z } from 'zod';
import { oneDecimal } from '../../locales/format';
import { t } from '../../locales/current';
import { joinCsvList, parseCsv, splitCsvList, toCsv, type CsvValue } from '../../rules/csv';
import { hasCode, SellerGuardError, userSentence, type IMPORT_ERROR_CODES } from '../../utils/errors';
import {
  checkEntryRules,
  describeZodError,
  fieldPath,
  historyItemSchema,
  watchlistEntryShape as shape,
  type WatchlistEntry,
} from './watchlist-schema';

/**
 * Watchlist export file, JSON, version 1 (`application/json`, UTF-8):
 *
 * ```json
 * {
 *   "format": "seller-guard-watchlist",
 *   "version": 1,
 *   "exportedAt": "2026-05-01T09:30:00.000Z",
 *   "entries": [{
 *     "id": "3f7c…",                       // stable id; re-importing updates, never duplicates
 *     "status": "active",                  // "active" | "cleared"
 *     "buyerNames": ["Jane Doe"],          // as Seller Central showed them, first = display name
 *     "proxyEmails": ["x1y2z3@marketplace.amazon.de"],   // lower case, no "+case" tag
 *     "orderIds": ["302-1234567-1234567"],
 *     "reason": "false-claim",             // order-cancel | false-claim | review-extortion |
 *                                          // abusive-language | return-abuse | payment-fraud | other
 *     "severity": "high",                  // high | medium | watch
 *     "notes": "A-to-z after signed delivery",           // required when reason is "other"
 *     "evidence": [{ "captureId": null, "orderId": "302-1234567-1234567", "date": "2026-04-28", "note": "" }],
 *     "addedBy": "Mia", "addedAt": "2026-04-30T08:00:00.000Z",
 *     "reviewedAt": null, "reviewDue": "2026-07-29T08:00:00.000Z",   // 90 days after added/reviewed
 *     "cleared": null,                     // or { "by": "Mia", "at": "…", "why": "…" } when cleared
 *     "history": [{ "at": "…", "by": "Mia", "action": "added", "fields": [], "note": "" }],
 *     "updatedAt": "2026-04-30T08:00:00.000Z"
 *   }]
 * }
 * ```
 *
 * Every entry needs `reason`, `severity` and at least one proxy email or order id; the other
 * fields may be left out of a hand-made file (they get defaults, or leave a listed entry's
 * value as it is). Times are ISO 8601. The CSV export has one row per entry with these
 * columns in this order; `buyerNames`, `proxyEmails` and `orderIds` are joined by `;`
 * (a `;` or `\` inside a name is escaped with `\`), `evidence` and `history` hold JSON, and
 * `cleared` is split into `clearedBy`, `clearedAt`, `clearedWhy`. Cells starting with
 * `= + - @`, tab or CR are prefixed with `'` so spreadsheets never run them.
 */
export const WATCHLIST_FILE_FORMAT = 'seller-guard-watchlist';
export const WATCHLIST_FILE_VERSION = 1;
/** A watchlist file bigger than this is refused before it is read. */
export const MAX_WATCHLIST_FILE_BYTES = 20 * 1024 * 1024;
/** Entries (JSON) or rows (CSV) one file may hold. */
export const MAX_WATCHLIST_FILE_ENTRIES = 10_000;
/** History items one imported entry may carry. */
export const MAX_IMPORTED_HISTORY = 5_000;

/** One entry as read from a file: fields left out stay undefined. */
const watchlistFileEntrySchema = z
  .object({
    id: shape.id.optional(),
    status: shape.status.optional(),
    buyerNames: shape.buyerNames.default([]),
    proxyEmails: shape.proxyEmails.default([]),
    orderIds: shape.orderIds.default([]),
    reason: shape.reason,
    severity: shape.severity,
    notes: shape.notes.optional(),
    evidence: shape.evidence.default([]),
    addedBy: shape.addedBy.optional(),
    addedAt: shape.addedAt.optional(),
    reviewedAt: shape.reviewedAt.optional(),
    reviewDue: shape.reviewDue.optional(),
    cleared: shape.cleared.optional(),
    history: z.array(historyItemSchema).max(MAX_IMPORTED_HISTORY).default([]),
    updatedAt: shape.updatedAt.optional(),
  })
  .superRefine((entry, ctx) => checkEntryRules({ ...entry, status: entry.status ?? 'active' }, ctx));
export type WatchlistFileEntry = z.output<typeof watchlistFileEntrySchema>;

const watchlistFileSchema = z.object({
  format: z.literal(WATCHLIST_FILE_FORMAT),
  version: z.literal(WATCHLIST_FILE_VERSION),
  exportedAt: shape.updatedAt,
  entries: z.array(watchlistFileEntrySchema).max(MAX_WATCHLIST_FILE_ENTRIES),
});

/**
 * A file that cannot be imported (an `import-…` code), with the row (JSON entry number or CSV
 * line) and field when known, and which of them `message` names already (`mentions`).
 */
export function importError(
  code: (typeof IMPORT_ERROR_CODES)[number],
  message: string,
  row?: number,
  field?: string,
  mentions: readonly ('row' | 'field')[] = [],
): SellerGuardError {
  return new SellerGuardError(code, message, { row, field, mentions });
}

const WATCHLIST_CSV_COLUMNS = [
  'id', 'status', 'severity', 'reason', 'buyerNames', 'proxyEmails', 'orderIds', 'notes', 'evidence',
  'addedBy', 'addedAt', 'reviewedAt', 'reviewDue', 'updatedAt', 'clearedBy', 'clearedAt', 'clearedWhy', 'history',
] as const;
type CsvColumn = (typeof WATCHLIST_CSV_COLUMNS)[number];
const LIST_COLUMNS = new Set<CsvColumn>(['buyerNames', 'proxyEmails', 'orderIds']);
const JSON_COLUMNS = new Set<CsvColumn>(['evidence', 'history']);

const fileEntry = ({ nameKeys: _derived, ...entry }: WatchlistEntry) => entry;

/** The watchlist as a version 1 JSON file (see the format above). */
export function watchlistToJson(entries: readonly WatchlistEntry[], now = new Date()): string {
  const file = { format: WATCHLIST_FILE_FORMAT, version: WATCHLIST_FILE_VERSION, exportedAt: now.toISOString(), entries: entries.map(fileEntry) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The watchlist as CSV, one row per entry, formula-injection safe, with a BOM for Excel. */
export function watchlistToCsv(entries: readonly WatchlistEntry[]): string {
  const cell = (e: WatchlistEntry, column: CsvColumn): CsvValue => {
    if (column === 'clearedBy' || column === 'clearedAt' || column === 'clearedWhy') {
      return e.cleared?.[({ clearedBy: 'by', clearedAt: 'at', clearedWhy: 'why' } as const)[column]];
    }
    const value = e[column];
    if (LIST_COLUMNS.has(column)) return joinCsvList(value as string[]);
    if (JSON_COLUMNS.has(column)) return (value as unknown[]).length ? JSON.stringify(value) : '';
    return value as CsvValue;
  };
  return toCsv([[...WATCHLIST_CSV_COLUMNS], ...entries.map((e) => WATCHLIST_CSV_COLUMNS.map((c) => cell(e, c)))], { bom: true });
}

/** One entry read from a file, with where it came from (for the plan and for errors). */
export interface WatchlistFileRow {
  /** 1-based: the entry's position in a JSON file, the line a CSV row starts on. */
  row: number;
  /** "Entry 3" or "Line 4", for messages. */
  label: string;
  entry: WatchlistFileEntry;
}

export interface ParsedWatchlistFile {
  source: 'json' | 'csv';
  rows: WatchlistFileRow[];
}

function tooManyRows(count: number, what: 'problem.import.tooManyEntries' | 'problem.import.tooManyLines'): void {
  if (count > MAX_WATCHLIST_FILE_ENTRIES) throw importError('import-too-large', t(what, { count, max: MAX_WATCHLIST_FILE_ENTRIES }));
}

/**
 * Refuse a watchlist file over 20 MB before reading it (`size` in bytes, from the File).
 * @example checkWatchlistFileSize(file.size); const text = await file.text()
 */
export function checkWatchlistFileSize(size: number): void {
  if (size > MAX_WATCHLIST_FILE_BYTES) {
    throw importError('import-too-large', t('problem.import.tooLarge', { size: oneDecimal(size / 1_048_576, t.language) }));
  }
}

function parseEntry(raw: unknown, row: number, label: string, fieldName: (path: PropertyKey[]) => string): WatchlistFileRow {
  const parsed = watchlistFileEntrySchema.safeParse(raw);
  if (parsed.success) return { row, label, entry: parsed.data };
  const issue = parsed.error.issues[0]!;
  const field = fieldName(issue.path);
  throw importError('import-invalid-entry', t('problem.import.invalidField', { label, field, error: describeZodError(parsed.error).message }), row, field, ['row', 'field']);
}

function parseJsonFile(text: string): ParsedWatchlistFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw importError('import-malformed-json', t('problem.import.malformedJson', { error: (error as Error).message }));
  }
  const head = (typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {}) as Record<string, unknown>;
  if (head.format !== WATCHLIST_FILE_FORMAT) {
    throw importError('import-wrong-format', t('problem.import.wrongFormat', { format: WATCHLIST_FILE_FORMAT }));
  }
  if (head.version !== WATCHLIST_FILE_VERSION) {
    const version = JSON.stringify(head.version ?? null);
    throw importError('import-wrong-version', t('problem.import.wrongVersion', { version, supported: String(WATCHLIST_FILE_VERSION) }));
  }
  const top = watchlistFileSchema.omit({ entries: true }).safeParse(head);
  if (!top.success || !Array.isArray(head.entries)) {
    const field = top.success ? 'entries' : fieldPath(top.error.issues[0]!.path);
    throw importError('import-invalid-entry', t('problem.import.topField', { field }), undefined, field, ['field']);
  }
  tooManyRows(head.entries.length, 'problem.import.tooManyEntries');
  return { source: 'json', rows: head.entries.map((raw, i) => parseEntry(raw, i + 1, t('problem.import.entry', { row: String(i + 1) }), fieldPath)) };
}

function parseCsvFile(text: string): ParsedWatchlistFile {
  let rows;
  try {
    rows = parseCsv(text, { restore: true });
  } catch (error) {
    if (hasCode(error, 'csv-parse')) throw importError('import-malformed-csv', t('problem.import.csvUnreadable', { error: error.message }), error.line, undefined, ['row']);
    throw error;
  }
  const [header, ...body] = rows;
  const known = new Map(WATCHLIST_CSV_COLUMNS.map((c) => [c.toLowerCase(), c]));
  const columns = (header?.cells ?? []).map((name) => known.get(name.trim().toLowerCase()));
  const unknownAt = columns.indexOf(undefined);
  if (!header || unknownAt >= 0 || !columns.includes('reason')) {
    const message = header && unknownAt >= 0 ? t('problem.import.unknownColumn', { column: header.cells[unknownAt]! }) : t('problem.import.noReason');
    throw importError('import-wrong-format', message, 1, undefined, ['row']);
  }
  tooManyRows(body.length, 'problem.import.tooManyLines');
  return {
    source: 'csv',
    rows: body.map(({ line, cells }) => {
      const label = t('problem.import.line', { row: String(line) });
      if (cells.length !== columns.length) {
        throw importError('import-malformed-csv', t('problem.import.cellCount', { label, cells: cells.length, columns: columns.length }), line, undefined, ['row']);
      }
      const raw: Record<string, unknown> = {};
      const cleared: Record<string, string> = {};
      columns.forEach((column, i) => {
        const value = cells[i]!.trim();
        if (!column || value === '') return;
        if (column.startsWith('cleared')) cleared[column.slice(7).toLowerCase()] = value;
        else if (LIST_COLUMNS.has(column)) raw[column] = splitCsvList(value);
        else if (JSON_COLUMNS.has(column)) {
          try {
            raw[column] = JSON.parse(value);
          } catch {
            throw importError('import-invalid-entry', t('problem.import.columnJson', { label, column }), line, column, ['row', 'field']);
          }
        } else raw[column] = value;
      });
      if (Object.keys(cleared).length) raw.cleared = { by: '', ...cleared };
      // Name CSV columns, not JSON paths: `cleared.why` is the clearedWhy column.
      const columnOf = (path: PropertyKey[]) =>
        path[0] === 'cleared' ? `cleared${String(path[1] ?? 'Why').replace(/^./, (c) => c.toUpperCase())}` : fieldPath(path);
      return parseEntry(raw, line, label, columnOf);
    }),
  };
}

/**
 * Read a watchlist file, JSON or CSV (told apart by content). Throws a
 * an `import-…` SellerGuardError for an empty file, malformed JSON or CSV, a wrong format or
 * version, or an invalid entry (naming the entry number or CSV line, and the field).
 */
export function parseWatchlistFile(text: string): ParsedWatchlistFile {
  // A UTF-8 file has at least as many bytes as characters.
  checkWatchlistFileSize(text.length);
  const body = text.replace(/^\ufeff/, '').trim();
  if (!body) throw importError('import-empty', userSentence('import-empty'));
  return body.startsWith('{') || body.startsWith('[') ? parseJsonFile(body) : parseCsvFile(body);
}
