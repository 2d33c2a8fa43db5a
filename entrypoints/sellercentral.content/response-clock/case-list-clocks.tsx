import { caseRowDue } from '../../../rules/clock/case-due';
import { marketplaceOf } from '../../../rules/page/marketplace';
import { debounce } from '../page/debounce';
import { mountUi } from '../page/mount-ui';
import { onPageChange } from '../page/observe';
import { runLatest } from '../page/run-latest';
import type { Feature, PageSession } from '../page/page-session';
import { readCaseListRows, type CaseListRow } from '../readers/case-list';
import { ClockBadge } from './clock-badge';
import { createClockBoard, tickEveryMinute, type ClockBoard } from './clock-board';
import { followWarnHours, reportClocks, seenClock, seenClocks } from './clock-client';
import './response-clock.css';

export const ROW_CLOCK_HOST = 'seller-guard-clock';
const SETTLE_MS = 150;
type Mounted = Awaited<ReturnType<typeof mountUi>>;

interface RowClock {
  key: string;
  mounted: Promise<Mounted>;
}

/**
 * The response clock on each row of the messaging case list (inbox and open thread), right
 * under the row in the flow. A row shows its latest message's time; what this browser saw of
 * the thread adds an older unanswered message. Rows are read when the list changes; the minute
 * update counts down from the stored due times without reading the page.
 */
export const caseListClocks: Feature = {
  name: 'case-list-clocks',
  runsOn: ['messaging-inbox', 'message-thread'],
  start(session) {
    const board = createClockBoard(followWarnHours(session.signal, () => board.tick()));
    const clocks = new Map<Element, RowClock>();
    const run = runLatest('case list clocks', () => applyOnce(session, board, clocks), session.signal);
    const later = debounce(run, { wait: SETTLE_MS }, session.signal);
    onPageChange(() => later.schedule(), { signal: session.signal, kinds: ['childList', 'characterData'] });
    tickEveryMinute(session, board);
    run();
  },
};

const rowKey = (row: CaseListRow, index: number) => row.caseId ?? `row-${index}`;

async function applyOnce(session: PageSession, board: ClockBoard, clocks: Map<Element, RowClock>): Promise<void> {
  const rows = readCaseListRows(document);
  const seen = await seenClocks(rows.flatMap((row) => (row.caseId ? [row.caseId] : [])));
  if (session.signal.aborted) return;
  const now = new Date();
  const marketplace = marketplaceOf(session.url.hostname, session.address.marketplaceId);
  const kept = new Set<Element>();
  const report = rows.map((row, index) => {
    const due = caseRowDue(row, row.caseId ? seen[row.caseId] : undefined, { now, marketplace });
    const key = rowKey(row, index);
    if ('dueAt' in due) {
      let clock = clocks.get(row.element);
      if (!clock || clock.key !== key) {
        const options = { name: ROW_CLOCK_HOST, anchor: row.element, append: 'after' as const };
        clock = { key, mounted: mountUi(session, options, null) };
        clocks.set(row.element, clock);
      }
      const mounted = clock.mounted;
      board.set(key, { due, show: (state) => void mounted.then((ui) => ui.update(<ClockBadge state={state} />)) });
      kept.add(row.element);
    } else board.delete(key);
    // A row's own status is the latest word only when it says something; a row without a readable time adds nothing.
    return row.status === null ? null : seenClock(row.caseId, due);
  });
  for (const [element, clock] of clocks) {
    if (kept.has(element) && element.isConnected) continue;
    if (!rows.some((row, index) => rowKey(row, index) === clock.key && kept.has(row.element))) board.delete(clock.key);
    (await clock.mounted).ui.remove();
    clocks.delete(element);
  }
  reportClocks(report);
}
