import { describe, expect, it } from 'vitest';
import { AGENT_NAME_MAX, checkAgentName } from '../../../../rules/agent/agent-name';

describe('checkAgentName', () => {
  it.each([
    ['Mia Schulz', { ok: true, name: 'Mia Schulz' }],
    ['  Mia   Schulz \n', { ok: true, name: 'Mia Schulz' }],
    ['王小明', { ok: true, name: '王小明' }],
    ['', { ok: false, problem: 'empty' }],
    ['   \t ', { ok: false, problem: 'empty' }],
    ['x'.repeat(AGENT_NAME_MAX), { ok: true, name: 'x'.repeat(AGENT_NAME_MAX) }],
    ['x'.repeat(AGENT_NAME_MAX + 1), { ok: false, problem: 'too-long' }],
    ['名'.repeat(AGENT_NAME_MAX), { ok: true, name: '名'.repeat(AGENT_NAME_MAX) }],
  ])('%j → %j', (typed, expected) => {
    expect(checkAgentName(typed)).toEqual(expected);
  });
});
