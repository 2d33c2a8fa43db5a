import type { ThreadMessage } from '../page/page-data';
import { parseDisplayedTime } from './displayed-time';
import { RESPONSE_WINDOW_MS, responseDue, type ResponseDue } from './response-clock';

/** The response-clock facts of a case list row: its latest message's time as shown, and its status. */
export interface CaseRowFacts {
  time: string | null;
  status: 'responseNeeded' | 'noResponseNeeded' | 'answered' | null;
}

/**
 * When an open thread is due, from its messages as the readers return them: Seller Central's
 * exact time when known (`timeIso`), else the time as displayed, in the marketplace's format.
 *
 * @example threadDue(thread.messages, { now, marketplace: 'DE', noResponseNeeded: false })
 */
export function threadDue(
  messages: readonly Pick<ThreadMessage, 'direction' | 'time' | 'timeIso'>[],
  { now, marketplace, noResponseNeeded }: { now: Date; marketplace: string | null; noResponseNeeded: boolean },
): ResponseDue {
  const timed = messages.map((message) => ({
    direction: message.direction,
    at: message.timeIso ? new Date(message.timeIso) : parseDisplayedTime(message.time, now, marketplace),
  }));
  return responseDue(
    timed.map((message) => (message.at && Number.isNaN(message.at.getTime()) ? { ...message, at: null } : message)),
    { noResponseNeeded },
  );
}

/**
 * When a case list row is due. A row shows only its latest message's time, which is later than
 * the oldest unanswered one when the buyer wrote twice; `seen` (what the agent saw when the
 * thread was open: its due time, null when it needed no answer, undefined when never seen)
 * supplies the earlier time. A row whose status needs a response is due 24 hours after the
 * earlier of the two; a row whose status is unknown only by what was seen.
 */
export function caseRowDue(row: CaseRowFacts, seen: number | null | undefined, { now, marketplace }: { now: Date; marketplace: string | null }): ResponseDue {
  if (row.status === 'noResponseNeeded') return { none: 'no-response-needed' };
  if (row.status === 'answered') return { none: 'answered' };
  if (row.status === null) return typeof seen === 'number' ? { dueAt: seen } : { none: seen === null ? 'answered' : 'time-unknown' };
  const latest = parseDisplayedTime(row.time, now, marketplace);
  const fromRow = latest ? latest.getTime() + RESPONSE_WINDOW_MS : null;
  const candidates = [fromRow, typeof seen === 'number' ? seen : null].filter((value): value is number => value !== null);
  return candidates.length ? { dueAt: Math.min(...candidates) } : { none: 'time-unknown' };
}
