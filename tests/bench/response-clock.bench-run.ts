import { Window } from 'happy-dom';
import { h, render } from 'preact';
import { expect, it } from 'vitest';
import { ClockBadge } from '../../entrypoints/sellercentral.content/response-clock/clock-badge';
import { createClockBoard } from '../../entrypoints/sellercentral.content/response-clock/clock-board';
import { readCaseListRows } from '../../entrypoints/sellercentral.content/readers/case-list';
import { threadDue } from '../../rules/clock/case-due';
import { recordBench } from './record';

// Issue 14: the clock's minute update reads no DOM; a 100-message thread is assessed in ≤ 10 ms.
const ROWS = 100;
const HOUR = 3_600_000;
const READS = ['querySelector', 'querySelectorAll', 'getElementById', 'getElementsByClassName', 'getElementsByTagName', 'closest', 'matches', 'getBoundingClientRect', 'getClientRects'] as const;
const READ_PROPERTIES = ['textContent', 'innerText', 'innerHTML', 'offsetHeight', 'offsetWidth', 'clientHeight'] as const;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Count every DOM read (queries, geometry, text) made in `window` while `run` runs. */
function countDomReads(window: Window, run: () => void): number {
  let reads = 0;
  const restore: Array<() => void> = [];
  const prototypes = [window.Document.prototype, window.Element.prototype, window.HTMLElement.prototype, window.Node.prototype, window.ShadowRoot.prototype, window.DocumentFragment.prototype];
  for (const prototype of prototypes) {
    for (const name of READS) {
      const original = Object.getOwnPropertyDescriptor(prototype, name);
      if (typeof original?.value !== 'function') continue;
      const call = original.value as (...args: unknown[]) => unknown;
      Object.defineProperty(prototype, name, { ...original, value: function (this: unknown, ...args: unknown[]) { reads++; return call.apply(this, args); } });
      restore.push(() => Object.defineProperty(prototype, name, original));
    }
    for (const name of READ_PROPERTIES) {
      const original = Object.getOwnPropertyDescriptor(prototype, name);
      if (!original?.get) continue;
      const get = original.get;
      Object.defineProperty(prototype, name, { ...original, get(this: unknown) { reads++; return get.call(this); } });
      restore.push(() => Object.defineProperty(prototype, name, original));
    }
  }
  try {
    run();
  } finally {
    for (const undo of restore) undo();
  }
  return reads;
}

/** An inbox of `ROWS` cases, each with its clock in an open shadow root after the row, as the extension mounts them. */
function inbox(window: Window) {
  const document = window.document;
  const list = document.createElement('ul');
  list.className = 'case-list';
  document.body.append(list);
  const containers: Element[] = [];
  for (let i = 0; i < ROWS; i++) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.className = 'case-list-item';
    link.setAttribute('href', `/messaging/inbox?fi=ALL&cc=case-${i}`);
    for (const [name, text] of [['case-buyer-name', `Buyer ${i}`], ['case-date', `${i % 24} hours ago`], ['case-status', 'Response needed']]) {
      const span = document.createElement('span');
      span.className = name!;
      span.textContent = text!;
      link.append(span);
    }
    item.append(link);
    const host = document.createElement('seller-guard-clock');
    const container = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(container);
    item.append(host);
    list.append(item);
    containers.push(container as unknown as Element);
  }
  return containers;
}

it('updates the clocks every minute without reading the page', () => {
  const window = new Window({ url: 'https://sellercentral.amazon.com/messaging/inbox?fi=ALL' });
  const saved = globalThis.document;
  globalThis.document = window.document as unknown as Document; // Preact creates its nodes in the page's document
  try {
    const containers = inbox(window);
    const start = Date.UTC(2026, 11, 7, 12);
    let now = start;
    const board = createClockBoard(() => 4, () => now);
    containers.forEach((container, i) => {
      board.set(`case-${i}`, { due: { dueAt: start + (i - 50) * HOUR / 2 }, show: (state) => render(h(ClockBadge, { state }), container) });
    });
    // The counter sees page reads: reading the rows makes many.
    expect(countDomReads(window, () => readCaseListRows(window.document as unknown as Document))).toBeGreaterThan(ROWS);

    const times: number[] = [];
    let reads = 0;
    for (let minute = 1; minute <= 60; minute++) {
      now = start + minute * 60_000;
      reads += countDomReads(window, () => {
        const began = performance.now();
        board.tick();
        times.push(performance.now() - began);
      });
    }
    expect(containers[0]!.textContent).toMatch(/^⚠Overdue by 2\d hours$/);
    recordBench('clock.minute_update.dom_reads', reads, 'reads');
    recordBench('clock.minute_update.100_clocks.median', median(times), 'ms');
  } finally {
    globalThis.document = saved;
    void window.happyDOM.close();
  }
});

it('assesses a 100-message thread from its displayed times', () => {
  const now = new Date(2026, 11, 7, 12);
  const shapes = ['Dec 5, 2026 3:04 PM', 'vor 3 Stunden', 'Yesterday 14:05', '昨天 14:05', '5. Dez. 2026, 17:48', '2026/12/6 10:12', '12/6/2026'];
  const messages = Array.from({ length: 100 }, (_, i) => ({ direction: (i % 3 === 0 ? 'seller' : 'buyer') as 'buyer' | 'seller', time: shapes[i % shapes.length]!, timeIso: null }));
  for (let i = 0; i < 20; i++) threadDue(messages, { now, marketplace: 'US', noResponseNeeded: false }); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const began = performance.now();
    threadDue(messages, { now, marketplace: 'US', noResponseNeeded: false });
    times.push(performance.now() - began);
  }
  recordBench('clock.thread_due.100_messages.median', median(times), 'ms');
});
