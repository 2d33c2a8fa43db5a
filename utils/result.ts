import type { ErrorCode } from './errors';

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
