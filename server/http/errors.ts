import type { z } from 'zod';
import type { TeamErrorCode } from '../../rules/team/protocol';
import { describeZodError } from '../../storage/watchlist/watchlist-schema';

/** An answer other than 2xx, with the protocol's error body (`teamErrorSchema`). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: TeamErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }

  body() {
    return { error: { code: this.code, message: this.message, ...this.extra } };
  }
}

/** Parses request input with a protocol schema; a failure is `400 bad-request` naming the field. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw badRequest(result.error);
}

/** `400 bad-request` naming the field a zod error is about. */
export function badRequest(error: z.ZodError): HttpError {
  const { field, message } = describeZodError(error);
  return new HttpError(400, 'bad-request', field ? `${field}: ${message}` : message, field ? { field } : {});
}
