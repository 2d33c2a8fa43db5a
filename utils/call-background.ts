import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import { isContextInvalidated, logError, messageOf, userSentence } from './errors';
import { sendMessage } from './messaging';
import type { ProtocolMap } from './protocol';
import { fail, ok, type Result } from './result';

type Answer<K extends keyof ProtocolMap> = Awaited<GetReturnType<ProtocolMap[K]>>;
/** A message's answer as a Result: handlers that return one keep it, plain answers are wrapped. */
type AsResult<T> = T extends { ok: boolean } ? T : Result<T>;

const isResult = (answer: unknown): answer is Result<unknown> =>
  typeof answer === 'object' && answer !== null && typeof (answer as { ok?: unknown }).ok === 'boolean';

/**
 * The one way to ask the background (or, with `tabId`, a tab's content script) for something:
 * never throws; a message that could not be delivered (no receiver, the extension reloaded)
 * becomes an `unavailable` failure, logged once by errors.ts's logger.
 */
export async function callBackground<K extends keyof ProtocolMap>(
  type: K,
  data: GetDataType<ProtocolMap[K]>,
  tabId?: number,
): Promise<AsResult<Answer<K>>> {
  try {
    const answer: unknown = await sendMessage(type, data, tabId);
    return (isResult(answer) ? answer : ok(answer)) as AsResult<Answer<K>>;
  } catch (error) {
    logError(`message ${type}`, error);
    const message = isContextInvalidated(error) ? userSentence('unavailable') : messageOf(error);
    return fail('unavailable', message) as AsResult<Answer<K>>;
  }
}
