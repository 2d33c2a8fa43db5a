/**
 * The one error module (refined-github's helpers/errors.ts is the model): one error type with
 * a code, the sentence a user is shown for each code, one quota check and one logger.
 */

/** Why a watchlist file was refused (its message names the row and field when known). */
export const IMPORT_ERROR_CODES = [
  'import-too-large',
  'import-empty',
  'import-malformed-json',
  'import-wrong-format',
  'import-wrong-version',
  'import-malformed-csv',
  'import-invalid-entry',
  'import-stale',
] as const;

/** The one code list: what went wrong, as every caller of the background and every handler sees it. */
export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'quota'
  | 'permission'
  | 'unavailable'
  | 'internal'
  /** Another writer moved a hash chain's head between reading and writing it; the write is retried. */
  | 'chain-moved'
  /** A ZIP archive that cannot be read safely; the message names the entry. */
  | 'zip-format'
  /** An export larger than a ZIP without ZIP64 can hold. */
  | 'zip-too-large'
  /** An evidence pack that did not verify (`problems` says why); nothing was changed. */
  | 'restore-refused'
  /** The archive refused a restore's write (`cause`); its one transaction left nothing behind. */
  | 'restore-write'
  /** A CSV quote never closed or text after a closing quote, at `line`. */
  | 'csv-parse'
  | (typeof IMPORT_ERROR_CODES)[number];

/** What an error says beyond its code and sentence, when known. */
export interface ErrorDetails {
  /** The input field at fault (a form can point at it). */
  field?: string;
  /** The JSON entry number or CSV line of an imported file. */
  row?: number;
  /** The CSV line at fault. */
  line?: number;
  /** Every reason a file did not verify. */
  problems?: string[];
  cause?: unknown;
}

/** The one error type: a code from the one list and a message meant for the agent to read. */
export class SellerGuardError extends Error {
  readonly field: string | undefined;
  readonly row: number | undefined;
  readonly line: number | undefined;
  readonly problems: string[];
  constructor(
    readonly code: ErrorCode,
    message: string = USER_SENTENCES[code],
    { field, row, line, problems = [], cause }: ErrorDetails = {},
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'SellerGuardError';
    this.field = field;
    this.row = row;
    this.line = line;
    this.problems = problems;
  }
}

/** True when `error` is a SellerGuardError with one of `codes`. */
export function hasCode(error: unknown, ...codes: ErrorCode[]): error is SellerGuardError {
  return error instanceof SellerGuardError && codes.includes(error.code);
}

/** A save refused for lack of space; nothing was written. */
export const CAPTURE_NOT_SAVED = 'The capture was not saved: the disk is full or the browser refused more storage. Earlier captures are intact.';

/** What the agent is told when nothing more specific is known, by code. */
export const USER_SENTENCES: Readonly<Record<ErrorCode, string>> = {
  'invalid-input': 'Seller Guard could not use what it was given.',
  'not-found': 'What Seller Guard looked for is gone.',
  quota: 'The disk is full or the browser refused more storage. Nothing earlier was lost.',
  permission: 'Seller Guard is not allowed to do that on this page.',
  unavailable: 'Seller Guard is not answering. Reload the page and try again.',
  internal: 'Something went wrong inside Seller Guard.',
  'chain-moved': 'Another save changed the archive at the same moment. Try again.',
  'zip-format': 'This file is not a ZIP archive Seller Guard can read safely.',
  'zip-too-large': 'This export would be larger than 4 GB, more than a ZIP file can hold. Export a date range (for example from:2026-01-01 to:2026-03-31) or one order instead.',
  'restore-refused': 'Nothing was restored: the file did not verify.',
  'restore-write': 'Nothing was restored: the archive could not store the pack. The archive is unchanged.',
  'csv-parse': 'This CSV file cannot be read.',
  'import-too-large': 'This file is larger than a watchlist file may be. Nothing was imported.',
  'import-empty': 'The file is empty. Nothing was imported.',
  'import-malformed-json': 'This file is not valid JSON. Nothing was imported.',
  'import-wrong-format': 'This is not a Seller Guard watchlist file. Nothing was imported.',
  'import-wrong-version': 'This Seller Guard does not read this watchlist file version. Nothing was imported.',
  'import-malformed-csv': 'This CSV file cannot be read. Nothing was imported.',
  'import-invalid-entry': 'An entry in this file is invalid. Nothing was imported.',
  'import-stale': 'The watchlist changed since the preview. Nothing was imported.',
};

/**
 * True when `error` (or an error it wraps, as Dexie's `inner`) says the browser refused to
 * store more, or Chrome refused a screenshot for its per-second quota.
 * @example isQuotaError(new DOMException('…', 'QuotaExceededError')) // true
 */
export function isQuotaError(error: unknown): boolean {
  for (let e = error as { name?: string; message?: string; inner?: unknown; cause?: unknown } | null, depth = 0; e && depth < 5; depth++) {
    if (e.name === 'QuotaExceededError' || /quota|MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/i.test(e.message ?? '')) return true;
    e = (e.inner ?? e.cause) as typeof e;
  }
  return false;
}

/** The message of any thrown value. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Chrome's words once the extension was reloaded or updated under a still-open page. */
const CONTEXT_INVALIDATED = /Extension context invalidated/i;

export function isContextInvalidated(error: unknown): boolean {
  return CONTEXT_INVALIDATED.test(messageOf(error));
}

let toldInvalidated = false;

/**
 * Log a failure with what was being done. An extension reload leaves old pages' content
 * scripts running without the extension: that is said in one quiet line, once, not as an
 * error per feature.
 */
export function logError(doing: string, error: unknown): void {
  if (isContextInvalidated(error)) {
    if (!toldInvalidated) console.info('[Seller Guard] the extension was reloaded; reload the page to use it here again.');
    toldInvalidated = true;
    return;
  }
  console.error(`[Seller Guard] ${doing}:`, error);
}
