import { threadDue } from '../../../rules/clock/case-due';
import { marketplaceOf } from '../../../rules/page/marketplace';
import { logError } from '../../../utils/errors';
import { debounce } from '../page/debounce';
import { onPageChange } from '../page/observe';
import type { Feature } from '../page/page-session';
import { readMessageThread } from '../readers/message-thread';
import { isMarkedNoResponse } from '../readers/no-response-mark';
import { SELECTORS } from '../readers/page-vocabulary';
import { uiSlot } from '../page/ui-slot';
import { ClockBadge } from './clock-badge';
import { createClockBoard, tickEveryMinute } from './clock-board';
import { followWarnHours, reportClocks, seenClock } from './clock-client';
import './response-clock.css';

export const THREAD_CLOCK_HOST = 'seller-guard-thread-clock';
const SETTLE_MS = 150;

const firstOf = (selectors: readonly string[]) => selectors.map((selector) => document.querySelector(selector)).find(Boolean) ?? null;

/** Right after the thread's header, in the flow; without a header, first in the thread pane. */
function placeClock(_anchor: Element, host: Element): void {
  const header = firstOf(SELECTORS.threadHeader);
  if (header) header.after(host);
  else (firstOf(SELECTORS.threadPane) ?? document.body).prepend(host);
}

/**
 * The open thread's response clock, next to its header: the time left to answer the oldest
 * unanswered buyer message, or how long it is overdue. The thread is read when the page
 * changes; between changes the clock counts down every minute from the stored due time.
 */
export const threadClock: Feature = {
  name: 'thread-clock',
  runsOn: ['message-thread'],
  start(session) {
    const board = createClockBoard(followWarnHours(session.signal, () => board.tick()));
    const slot = uiSlot(session, { name: THREAD_CLOCK_HOST, anchor: () => firstOf(SELECTORS.threadHeader) ?? document.body, append: placeClock });
    let shown = '';

    const read = () => {
      const thread = readMessageThread(document, session.url).data;
      if (!thread.messages.length) return;
      const now = new Date();
      const marketplace = thread.marketplace ?? marketplaceOf(session.url.hostname, session.address.marketplaceId);
      const due = threadDue(thread.messages, { now, marketplace, noResponseNeeded: isMarkedNoResponse(document.body) });
      const key = JSON.stringify(due);
      if (key === shown) return;
      shown = key;
      reportClocks([seenClock(session.address.caseId ?? thread.caseId, due)]);
      if ('none' in due) {
        board.delete('thread');
        slot.hide();
        return;
      }
      board.set('thread', { due, show: (state) => void slot.show(<ClockBadge state={state} />).catch((error: unknown) => logError('thread clock', error)) });
    };

    const later = debounce(read, { wait: SETTLE_MS }, session.signal);
    onPageChange(() => later.schedule(), { signal: session.signal, kinds: ['childList', 'characterData'] });
    tickEveryMinute(session, board);
    read();
  },
};
