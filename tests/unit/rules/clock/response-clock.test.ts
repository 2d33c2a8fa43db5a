import { describe, expect, it } from 'vitest';
import { clockAt, needsAnswerSoon, responseDue, type ClockMessage } from '../../../../rules/clock/response-clock';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-12-07T12:00:00Z');
const ago = (hours: number) => new Date(NOW - hours * HOUR);
const buyer = (hours: number | null): ClockMessage => ({ direction: 'buyer', at: hours === null ? null : ago(hours) });
const seller = (hours: number): ClockMessage => ({ direction: 'seller', at: ago(hours) });
const amazon = (hours: number): ClockMessage => ({ direction: 'amazon', at: ago(hours) });

describe('responseDue', () => {
  it.each<[string, ClockMessage[], ReturnType<typeof responseDue>]>([
    ['one buyer message', [buyer(3)], { dueAt: NOW + 21 * HOUR }],
    ['two unanswered: the oldest counts', [buyer(10), buyer(2)], { dueAt: NOW + 14 * HOUR }],
    ['answered, then asked again', [buyer(30), seller(28), buyer(5)], { dueAt: NOW + 19 * HOUR }],
    ["Amazon's notice answers nothing", [buyer(26), amazon(25)], { dueAt: NOW - 2 * HOUR }],
    ['unknown author answers nothing', [buyer(6), { direction: 'unknown', at: ago(5) }], { dueAt: NOW + 18 * HOUR }],
    ['the seller wrote last', [buyer(5), seller(1)], { none: 'answered' }],
    ['only the seller wrote', [seller(5)], { none: 'no-buyer-message' }],
    ['no messages', [], { none: 'no-buyer-message' }],
    ['oldest unanswered time unreadable', [seller(9), buyer(null), buyer(1)], { none: 'time-unknown' }],
  ])('%s', (_, messages, expected) => expect(responseDue(messages)).toEqual(expected));

  it('has no clock when the thread is marked "No response needed"', () => {
    expect(responseDue([buyer(3)], { noResponseNeeded: true })).toEqual({ none: 'no-response-needed' });
  });
});

describe('clockAt', () => {
  it.each<[string, number, ReturnType<typeof clockAt>]>([
    ['21 h left', 21 * HOUR, { kind: 'due', dueAt: NOW + 21 * HOUR, minutesLeft: 1260, warning: false }],
    ['exactly 4 h left: warning', 4 * HOUR, { kind: 'due', dueAt: NOW + 4 * HOUR, minutesLeft: 240, warning: true }],
    ['4 h 0.5 min left: no warning yet', 4 * HOUR + 30_000, { kind: 'due', dueAt: NOW + 4 * HOUR + 30_000, minutesLeft: 240, warning: false }],
    ['59.9 s left rounds down to 0 min', 59_900, { kind: 'due', dueAt: NOW + 59_900, minutesLeft: 0, warning: true }],
    ['due now: overdue by 0', 0, { kind: 'overdue', dueAt: NOW, minutesOver: 0 }],
    ['2 h 30 min overdue', -2.5 * HOUR, { kind: 'overdue', dueAt: NOW - 2.5 * HOUR, minutesOver: 150 }],
  ])('%s', (_, left, expected) => expect(clockAt({ dueAt: NOW + left }, NOW, 4)).toEqual(expected));

  it('passes a no-clock reason through', () => {
    expect(clockAt({ none: 'answered' }, NOW, 4)).toEqual({ kind: 'none', reason: 'answered' });
  });

  it.each([
    [5 * HOUR, 4, false],
    [3 * HOUR, 4, true],
    [5 * HOUR, 6, true],
    [-HOUR, 4, true],
  ])('needsAnswerSoon with %d ms left, warning at %d h → %s', (left, warn, expected) => {
    expect(needsAnswerSoon({ dueAt: NOW + left }, NOW, warn)).toBe(expected);
    expect(needsAnswerSoon({ none: 'answered' }, NOW, warn)).toBe(false);
  });

});
