/**
 * The one error module (refined-github's helpers/errors.ts is the model): one error type with
 * a code, the sentence a user is shown for each code, one quota check and one logger.
 */
import { t } from '../locales/current';

/** What went wrong, as every caller of the background and every handler sees it. */
export type ErrorCode = 'invalid-input' | 'not-found' | 'quota' | 'permission' | 'unavailable' | 'internal';

/** An error whose message is meant for the agent to read (a handler throws it; callers show it). */
export class SellerGuardError extends Error {
  /** The input field at fault, when one is (a form can point at it). */
  readonly field: string | undefined;
  constructor(
    readonly code: ErrorCode,
    message: string = userSentence(code),
    { field }: { field?: string } = {},
  ) {
    super(message);
    this.name = 'SellerGuardError';
    this.field = field;
  }
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
