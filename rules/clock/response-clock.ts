/**
 * Amazon's response clock: a buyer message is to be answered within 24 hours, weekends and
 * holidays included. Pure: messages and times in, a due time and a state out.
 */

export const RESPONSE_WINDOW_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60_000;

/** One message as the clock needs it: who wrote it, and when (null: not readable). */
export interface ClockMessage {
  direction: 'buyer' | 'seller' | 'amazon' | 'unknown';
  at: Date | null;
}

/** Why a thread has no clock. */
export type NoClockReason = 'answered' | 'no-response-needed' | 'no-buyer-message' | 'time-unknown';

/** When a thread is due: a time (ms since 1970), or why it has none. */
export type ResponseDue = { dueAt: number } | { none: NoClockReason };

/** The clock as shown at one moment. */
export type ClockState =
  | { kind: 'none'; reason: NoClockReason }
  | { kind: 'due'; dueAt: number; minutesLeft: number; warning: boolean }
  | { kind: 'overdue'; dueAt: number; minutesOver: number };

/**
 * When the thread must be answered: 24 hours after its oldest unanswered buyer message (the
 * first buyer message after the seller's last one). Amazon's own notices and messages of
 * unknown author answer nothing. None when the seller wrote last, nothing waits, the thread is
 * marked "No response needed", or the oldest unanswered message's time could not be read.
 * Linear in the number of messages.
 *
 * @example responseDue([{ direction: 'buyer', at: new Date('2026-12-07T09:00Z') }]) // { dueAt: Date.parse('2026-12-08T09:00Z') }
 */
export function responseDue(messages: readonly ClockMessage[], { noResponseNeeded = false } = {}): ResponseDue {
  if (noResponseNeeded) return { none: 'no-response-needed' };
  let oldest: ClockMessage | null = null;
  let anyBuyer = false;
  for (const message of messages) {
    if (message.direction === 'seller') oldest = null;
    else if (message.direction === 'buyer') {
      anyBuyer = true;
      oldest ??= message;
    }
  }
  if (!oldest) return { none: anyBuyer ? 'answered' : 'no-buyer-message' };
  return oldest.at ? { dueAt: oldest.at.getTime() + RESPONSE_WINDOW_MS } : { none: 'time-unknown' };
}

/**
 * The clock at `now`: minutes left (whole minutes, rounded down, so it never promises more
 * time than there is), `warning` once `warnHours` or less are left; or minutes overdue.
 *
 * @example clockAt({ dueAt: now + 5 * 3_600_000 }, now, 4) // { kind: 'due', minutesLeft: 300, warning: false, … }
 */
export function clockAt(due: ResponseDue, now: number, warnHours: number): ClockState {
  if ('none' in due) return { kind: 'none', reason: due.none };
  const left = due.dueAt - now;
  if (left <= 0) return { kind: 'overdue', dueAt: due.dueAt, minutesOver: Math.floor((now - due.dueAt) / MINUTE_MS) };
  const minutesLeft = Math.floor(left / MINUTE_MS);
  return { kind: 'due', dueAt: due.dueAt, minutesLeft, warning: left <= warnHours * 60 * MINUTE_MS };
}

/** True when the clock needs the agent: overdue, or due within the warning window. */
export function needsAnswerSoon(due: ResponseDue, now: number, warnHours: number): boolean {
  const state = clockAt(due, now, warnHours);
  return state.kind === 'overdue' || (state.kind === 'due' && state.warning);
}
