import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import type { Browser } from 'wxt/browser';
import type { z } from 'zod';
import { type ProtocolMap } from '../../utils/protocol';
import { onMessage } from '../../utils/messaging';
import { fail, failureOf, ok, type Result } from '../../utils/result';

type Unwrap<T> = T extends Result<infer V> ? V : never;
type BackgroundMessage = {
  [K in keyof ProtocolMap]: Awaited<GetReturnType<ProtocolMap[K]>> extends Result<unknown> ? K : never;
}[keyof ProtocolMap];

/**
 * Register a background handler: `data` is validated with `schema` first (content scripts
 * run on pages we do not control), and whatever the handler throws becomes a typed error
 * instead of an opaque rejection.
 */
export function handle<K extends BackgroundMessage>(
  type: K,
  schema: z.ZodType<GetDataType<ProtocolMap[K]>>,
  run: (
    data: GetDataType<ProtocolMap[K]>,
    sender: Browser.runtime.MessageSender,
  ) => Promise<Unwrap<Awaited<GetReturnType<ProtocolMap[K]>>>>,
): void {
  onMessage(type, async ({ data, sender }) => {
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail('invalid-input', `${issue?.path.join('.') || 'data'}: ${issue?.message ?? 'invalid'}`) as never;
    }
    try {
      return ok(await run(parsed.data, sender)) as never;
    } catch (error) {
      return failureOf(error, 'background') as never;
    }
  });
}
