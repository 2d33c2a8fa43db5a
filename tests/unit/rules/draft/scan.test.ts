import { describe, expect, it } from 'vitest';
import { draftFindings, type DraftMessageKey } from '../../../../locales/en/draft-findings';
import { fillPlaceholders, placeholdersIn } from '../../../../locales/format';
import { findingMessage } from '../../../../rules/draft/scan';

const KEYS = Object.keys(draftFindings) as DraftMessageKey[];

describe('findingMessage', () => {
  it.each([
    ['text parameters', (name: string) => `"${name} {x} $1 $&"`],
    ['numbers', (name: string, i: number) => (i % 2 ? 1234567.5 : -0)],
    ['empty texts', () => ''],
  ])('writes every catalogue message as fillPlaceholders does, with %s', (_name, value) => {
    for (const key of KEYS) {
      const params = Object.fromEntries(placeholdersIn(draftFindings[key]).map((name, i) => [name, value(name, i)]));
      expect(findingMessage(key, params)).toBe(fillPlaceholders(draftFindings[key], params, 'en-US'));
    }
  });

  it('keeps a missing parameter visible as {name}', () => {
    for (const key of KEYS) expect(findingMessage(key, {})).toBe(fillPlaceholders(draftFindings[key], {}, 'en-US'));
    expect(findingMessage('draft.finding.link.url', { quote: '"x"' })).toContain('{host}');
  });
});
