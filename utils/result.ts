import { isQuotaError, logError, messageOf, SellerGuardError, userSentence, type ErrorCode } from './errors';

/**
 * What every background message handler returns: a value, or a typed error the caller can
 * show. Errors cross the messaging boundary as plain data, never as thrown exceptions.
 */

interface Failure {
  ok: false;
  error: { code: ErrorCode; message: string };
}
export type Result<T> = { ok: true; value: T } | Failure;

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Failure => ({ ok: false, error: { code, message } });

/**
 * Any thrown value as a Failure, the same way everywhere: a SellerGuardError keeps its code
 * and sentence, a full disk is `quota`, anything else is logged (what was being done) and `internal`.
 */
export function failureOf(error: unknown, doing: string): Failure {
  if (error instanceof SellerGuardError) return fail(error.code, error.message);
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
