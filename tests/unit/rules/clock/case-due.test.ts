import { describe, expect, it } from 'vitest';
import { caseRowDue, threadDue, type CaseRowFacts } from '../../../../rules/clock/case-due';

const HOUR = 3_600_000;
const now = new Date(2026, 11, 7, 12, 0);
const at = (hour: number, day = 7) => new Date(2026, 11, day, hour, 0).getTime();

describe('threadDue', () => {
  it.each([
    ['English times as displayed', 'US', [{ direction: 'buyer', time: 'Dec 7, 2026 9:00 AM', timeIso: null }], { dueAt: at(9, 8) }],
    ['German relative time', 'DE', [{ direction: 'buyer', time: 'vor 3 Stunden', timeIso: null }], { dueAt: at(9, 8) }],
    ['Chinese day word', null, [{ direction: 'buyer', time: '昨天 14:00', timeIso: null }], { dueAt: at(14, 7) }],
    ["Seller Central's exact time wins", 'US', [{ direction: 'buyer', time: 'Gestern', timeIso: '2026-12-07T10:00:00' }], { dueAt: at(10, 8) }],
    ['unreadable time', 'US', [{ direction: 'buyer', time: 'soon', timeIso: null }], { none: 'time-unknown' }],
    ['answered', 'US', [{ direction: 'buyer', time: '3 hours ago', timeIso: null }, { direction: 'seller', time: '1 hour ago', timeIso: null }], { none: 'answered' }],
  ] as const)('%s', (_, marketplace, messages, expected) => {
    expect(threadDue(messages, { now, marketplace, noResponseNeeded: false })).toEqual(expected);
  });

  it('has no clock when the thread is marked "No response needed"', () => {
    expect(threadDue([{ direction: 'buyer', time: '3 hours ago', timeIso: null }], { now, marketplace: null, noResponseNeeded: true })).toEqual({
      none: 'no-response-needed',
    });
  });
});

describe('caseRowDue', () => {
  const needs = (time: string | null): CaseRowFacts => ({ time, status: 'responseNeeded' });
  it.each<[string, CaseRowFacts, number | null | undefined, ReturnType<typeof caseRowDue>]>([
    ['response needed, never seen: 24 h after the row time', needs('Dec 7, 2026 9:00 AM'), undefined, { dueAt: at(9, 8) }],
    ['seen with an older unanswered message: that one counts', needs('Dec 7, 2026 9:00 AM'), at(20, 7), { dueAt: at(20, 7) }],
    ['seen answered, buyer wrote again: the row time counts', needs('Dec 7, 2026 9:00 AM'), null, { dueAt: at(9, 8) }],
    ['row time unreadable but seen', needs(null), at(20, 7), { dueAt: at(20, 7) }],
    ['row time unreadable, never seen', needs(null), undefined, { none: 'time-unknown' }],
    ['answered', { time: '1 hour ago', status: 'answered' }, at(20, 7), { none: 'answered' }],
    ['no response needed', { time: '1 hour ago', status: 'noResponseNeeded' }, at(20, 7), { none: 'no-response-needed' }],
    ['unknown status, seen due', { time: '1 hour ago', status: null }, at(20, 7), { dueAt: at(20, 7) }],
    ['unknown status, never seen', { time: '1 hour ago', status: null }, undefined, { none: 'time-unknown' }],
  ])('%s', (_, row, seen, expected) => expect(caseRowDue(row, seen, { now, marketplace: 'US' })).toEqual(expected));

  it('reads the row time in the marketplace order', () => {
    expect(caseRowDue(needs('7/12/2026 09:00'), undefined, { now, marketplace: 'UK' })).toEqual({ dueAt: at(9, 8) });
    expect(caseRowDue(needs('12/7/2026 09:00'), undefined, { now, marketplace: 'US' })).toEqual({ dueAt: at(9, 8) });
    expect(at(9, 8) - at(9, 7)).toBe(24 * HOUR);
  });
});
