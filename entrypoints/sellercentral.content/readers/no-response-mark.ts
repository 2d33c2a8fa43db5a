import { visibleLines } from './dom-text';
import { NO_RESPONSE_MARKS, SELECTORS } from './page-vocabulary';
import { messageElements } from './thread-messages';

/**
 * True when the open thread is marked "No response needed": Seller Central's note in the
 * thread pane (message bodies, which the buyer writes, are never read for it).
 */
export function isMarkedNoResponse(body: Element): boolean {
  const messages = new Set(messageElements(body));
  const pane = SELECTORS.threadPane.map((selector) => body.querySelector(selector)).find(Boolean) ?? body;
  const lines = visibleLines(pane, { skip: (element) => messages.has(element) });
  return lines.some((line) => NO_RESPONSE_MARKS.some((mark) => mark.test(line)));
}
