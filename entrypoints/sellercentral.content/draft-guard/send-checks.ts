import type { ReplyBox } from './reply-boxes';

/** One Send of one reply box, as the draft guard's send decision saw it. */
export interface SendAttempt {
  box: ReplyBox;
  /** The draft in the box when Send was pressed. */
  text: string;
}

/**
 * A check another feature adds to the draft guard's one send decision, so it covers every way
 * a reply is sent (Send click, "Review message" confirmation, Enter, form submission).
 */
export interface SendCheck {
  /**
   * Before the page sees the send: true lets it go on, false stops it (the check shows why).
   * `resend` replays it once, past this check and the ones before it.
   */
  beforeSend(attempt: SendAttempt, resend: () => void): boolean;
  /** Once the event's dispatch is over, when no check stopped it. */
  afterSend?(attempt: SendAttempt): void;
}

const checks = new Set<SendCheck>();

/** Add `check` after the draft guard's own (and earlier added ones) until `signal` aborts. */
export function addSendCheck(check: SendCheck, signal: AbortSignal): void {
  if (signal.aborted) return;
  checks.add(check);
  signal.addEventListener('abort', () => checks.delete(check), { once: true });
}

/** The added checks, in the order they were added. */
export function addedSendChecks(): SendCheck[] {
  return [...checks];
}
