import { isQuotaError, logError, messageOf, SellerGuardError, userSentence, type ErrorCode, type ErrorDetails } from './errors';

/**
 * What every background message handler returns: a value, or a typed error the caller can
 * show. Errors cross the messaging boundary as plain data, never as thrown exceptions.
 */

/** What a screen may point at besides the sentence: the row, field, line, every problem, the HTTP status. */
export type FailureDetails = Pick<ErrorDetails, 'field' | 'row' | 'line' | 'problems' | 'mentions' | 'status'>;

/** A failure as plain data (it crosses the messaging boundary): its code, sentence and details. */
export interface ErrorInfo extends FailureDetails {
  code: ErrorCode;
  message: string;
}

interface Failure {
  ok: false;
  error: ErrorInfo;
}
export type Result<T> = { ok: true; value: T } | Failure;

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details: FailureDetails = {}): Failure => ({ ok: false, error: { code, message, ...details } });

/** The details a SellerGuardError carries, only those it has (a Result stays small and plain). */
function detailsOf(error: SellerGuardError): FailureDetails {
  const { field, row, line, problems, mentions, status } = error;
  return {
    ...(field !== undefined ? { field } : {}),
    ...(row !== undefined ? { row } : {}),
    ...(line !== undefined ? { line } : {}),
    ...(problems.length ? { problems } : {}),
    ...(mentions.length ? { mentions } : {}),
    ...(status !== undefined ? { status } : {}),
  };
}

/**
 * Any thrown value as a Failure, the same way everywhere: a SellerGuardError keeps its code,
 * sentence and details, a full disk is `quota`, anything else is logged (what was being done) and `internal`.
 */
export function failureOf(error: unknown, doing: string): Failure {
  if (error instanceof SellerGuardError) return fail(error.code, error.message, detailsOf(error));
  if (isQuotaError(error)) return fail('quota', userSentence('quota'));
  logError(doing, error);
  return fail('internal', messageOf(error));
}

/** Run `work` and answer with a Result, never a rejection: the one call-and-fail path for code that calls storage directly. */
export async function resultOf<T>(work: () => Promise<T>, doing: string): Promise<Result<T>> {
  try {
    return ok(await work());
  } catch (error) {
    return failureOf(error, doing);
  }
}
