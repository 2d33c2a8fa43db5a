/**
 * The one error module (refined-github's helpers/errors.ts is the model): one error type with
 * a code, the sentence a user is shown for each code, one quota check and one logger.
 */
import { t } from '../locales/current';

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

/**
 * Why a request to the team server failed, as the background's sync and the leads' screens
 * tell them apart (the server's own code is mapped onto these in `team-client.ts`).
 */
export const TEAM_REQUEST_ERROR_CODES = [
  /** No answer came (network down, server stopped); worth retrying. */
  'team-unreachable',
  /** The address answered, but not as a Seller Guard team server. */
  'team-not-a-server',
  /** The extension and the server speak different protocol versions. */
  'team-protocol-mismatch',
  'team-invite-invalid',
  'team-invite-used',
  'team-invite-expired',
  /** No or an unknown token (HTTP 401). */
  'team-unauthorised',
  /** An admin revoked this install's token: syncing stops for good. */
  'team-revoked',
  /** The member's role may not do this. */
  'team-forbidden',
  /** The server refused the request's content; its sentence names what. */
  'team-bad-request',
  'team-too-large',
  'team-not-found',
  /** Someone else saved first (policy `baseVersion`, attestation id reuse). */
  'team-conflict',
  /** The server could not answer now (5xx, its database unavailable); worth retrying. */
  'team-server-error',
] as const;
export type TeamRequestErrorCode = (typeof TEAM_REQUEST_ERROR_CODES)[number];

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
  | (typeof IMPORT_ERROR_CODES)[number]
  | TeamRequestErrorCode;

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
  /** Which of `row` and `field` the message already names, so a screen does not repeat them. */
  mentions?: readonly ('row' | 'field')[];
  /** The HTTP status of a team server's answer (0: no answer came). */
  status?: number;
  cause?: unknown;
}

/** The one error type: a code from the one list and a message meant for the agent to read. */
export class SellerGuardError extends Error {
  readonly field: string | undefined;
  readonly row: number | undefined;
  readonly line: number | undefined;
  readonly problems: string[];
  readonly mentions: readonly ('row' | 'field')[];
  readonly status: number | undefined;
  constructor(
    readonly code: ErrorCode,
    message: string = userSentence(code),
    { field, row, line, problems = [], mentions = [], status, cause }: ErrorDetails = {},
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'SellerGuardError';
    this.field = field;
    this.row = row;
    this.line = line;
    this.problems = problems;
    this.mentions = mentions;
    this.status = status;
  }
}

/** True when `error` is a SellerGuardError with one of `codes`. */
export function hasCode(error: unknown, ...codes: ErrorCode[]): error is SellerGuardError {
  return error instanceof SellerGuardError && codes.includes(error.code);
}

/** True when `error` is a failed team server request (any `team-…` code). */
export function isTeamRequestError(error: unknown): error is SellerGuardError & { code: TeamRequestErrorCode } {
  return error instanceof SellerGuardError && (TEAM_REQUEST_ERROR_CODES as readonly string[]).includes(error.code);
}

/** A save refused for lack of space; nothing was written (in the agent's language). */
export const captureNotSaved = (): string => t('error.captureNotSaved');

/** What the agent is told when nothing more specific is known, by code, in the agent's language. */
export function userSentence(code: ErrorCode): string {
  return t(`error.${code}`);
}

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
