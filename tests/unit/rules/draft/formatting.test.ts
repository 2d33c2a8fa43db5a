import { describe, expect, it } from 'vitest';
import { analyzeDraft, DEFAULT_DRAFT_MAX_LENGTH } from '../../../../rules/draft/draft-engine';

const formatting = (text: string, maxLength?: number) =>
  analyzeDraft(text, maxLength === undefined ? {} : { maxLength })
    .filter((f) => f.category === 'formatting')
    .map((f) => ({ ruleId: f.ruleId, severity: f.severity, start: f.start, end: f.end }));

describe('formatting detector', () => {
  it('marks each run of emoji as info, with UTF-16 offsets', () => {
    const text = 'Thanks!!! 😊🎉 Enjoy 👍🏽 and 👨‍👩‍👧.';
    expect(formatting(text)).toEqual([
      { ruleId: 'formatting.emoji', severity: 'info', start: 10, end: 14 },
      { ruleId: 'formatting.emoji', severity: 'info', start: 21, end: 25 },
      { ruleId: 'formatting.emoji', severity: 'info', start: 30, end: 38 },
    ]);
    expect(text.slice(10, 14)).toBe('😊🎉');
  });

  it.each(['Echo™ and Kindle® are Amazon devices.', '★★★★☆ is the current rating.', 'Temperature: 20°C, arrow → next'])(
    'leaves %j alone (symbols, not emoji)',
    (text) => expect(formatting(text)).toEqual([]),
  );

  it('warns about HTML tags, which Seller Central shows as text', () => {
    expect(formatting('Click <a href="x">here</a> or <b>call</b>.')).toEqual([
      { ruleId: 'formatting.html', severity: 'warn', start: 6, end: 18 },
      { ruleId: 'formatting.html', severity: 'warn', start: 22, end: 26 },
      { ruleId: 'formatting.html', severity: 'warn', start: 30, end: 33 },
      { ruleId: 'formatting.html', severity: 'warn', start: 37, end: 41 },
    ]);
  });

  it.each([
    [DEFAULT_DRAFT_MAX_LENGTH, undefined, []],
    [DEFAULT_DRAFT_MAX_LENGTH + 1, undefined, [{ ruleId: 'formatting.too-long', severity: 'warn', start: 4000, end: 4001 }]],
    [120, 100, [{ ruleId: 'formatting.too-long', severity: 'warn', start: 100, end: 120 }]],
    [100, 100, []],
  ])('a %i-character draft with maxLength %s', (length, maxLength, expected) => {
    expect(formatting('a'.repeat(length), maxLength)).toEqual(expected);
  });

  it('says how long the draft is and by how much it is over', () => {
    const [finding] = analyzeDraft('x'.repeat(4213));
    expect(finding?.message).toContain('4,213 characters');
    expect(finding?.message).toContain('213 over the limit of 4,000');
  });
});
