import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { setLanguage } from '../../../../locales/current';
import { ClockBadge } from '../../../../entrypoints/sellercentral.content/response-clock/clock-badge';
import { createClockBoard } from '../../../../entrypoints/sellercentral.content/response-clock/clock-board';
import type { ClockState } from '../../../../rules/clock/response-clock';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 11, 7, 12);

function shown(state: ClockState) {
  const root = document.createElement('div');
  render(<ClockBadge state={state} />, root);
  const status = root.querySelector('[role="status"]');
  return { text: status?.textContent?.replace(/^[◷⚠]/u, '') ?? null, tone: status?.getAttribute('data-tone') ?? null };
}

describe('ClockBadge', () => {
  it.each<[string, ClockState, string, string]>([
    ['en', { kind: 'due', dueAt: NOW + 5 * HOUR, minutesLeft: 300, warning: false }, 'Answer within 5 hours', 'calm'],
    ['en', { kind: 'due', dueAt: NOW + 3 * HOUR, minutesLeft: 200, warning: true }, 'Answer within 3 hours', 'warning'],
    ['en', { kind: 'due', dueAt: NOW + HOUR / 2, minutesLeft: 45, warning: true }, 'Answer within 45 minutes', 'warning'],
    ['en', { kind: 'overdue', dueAt: NOW - 2 * HOUR, minutesOver: 150 }, 'Overdue by 2 hours', 'overdue'],
    ['en', { kind: 'overdue', dueAt: NOW - 80 * HOUR, minutesOver: 80 * 60 }, 'Overdue by 3 days', 'overdue'],
    ['de', { kind: 'due', dueAt: NOW + 5 * HOUR, minutesLeft: 300, warning: false }, 'Antworten innerhalb von 5 Stunden', 'calm'],
    ['de', { kind: 'overdue', dueAt: NOW - 2 * HOUR, minutesOver: 150 }, '2 Stunden überfällig', 'overdue'],
    ['zh-CN', { kind: 'due', dueAt: NOW + 5 * HOUR, minutesLeft: 300, warning: false }, '请在 5 小时内回复', 'calm'],
    ['zh-CN', { kind: 'overdue', dueAt: NOW - 2 * HOUR, minutesOver: 150 }, '已超时 2 小时', 'overdue'],
  ])('%s: %j reads "%s" (%s)', (language, state, text, tone) => {
    setLanguage(language as 'en');
    try {
      expect(shown(state)).toEqual({ text, tone });
    } finally {
      setLanguage('en');
    }
  });

  it('shows nothing without a clock', () => {
    expect(shown({ kind: 'none', reason: 'answered' })).toEqual({ text: null, tone: null });
  });
});

describe('createClockBoard', () => {
  it('counts down from the stored due times each tick and follows the warning window', () => {
    let now = NOW;
    let warn = 4;
    const seen: ClockState[] = [];
    const board = createClockBoard(() => warn, () => now);
    board.set('a', { due: { dueAt: NOW + 5 * HOUR }, show: (state) => seen.push(state) });
    now += HOUR + 60_000;
    board.tick();
    warn = 2;
    board.tick();
    now += 4 * HOUR;
    board.tick();
    board.delete('a');
    board.tick();
    expect(seen.map((state) => (state.kind === 'due' ? `${state.minutesLeft} ${state.warning}` : state.kind))).toEqual([
      '300 false',
      '239 true',
      '239 false',
      'overdue',
    ]);
  });
});
