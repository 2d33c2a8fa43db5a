import { describe, expect, it } from 'vitest';
import type { DraftFinding } from '../../../../rules/draft/draft-engine';
import { decideSend } from '../../../../entrypoints/sellercentral.content/draft-guard/send-decision';

const finding = (severity: DraftFinding['severity']): DraftFinding => ({
  ruleId: `test-${severity}`,
  category: severity === 'block' ? 'email' : 'marketing',
  severity,
  start: 0,
  end: 4,
  message: 'test',
  messageKey: 'draft.finding.email.address',
  params: { quote: '"test"' },
});
const TEXT = 'mail me at shop@example.com';

describe('whether Send is stopped', () => {
  it.each([
    ['a block finding', [finding('block')], 'stop'],
    ['a block finding among warnings', [finding('warn'), finding('block'), finding('info')], 'stop'],
    ['only warnings', [finding('warn')], 'pass'],
    ['only info', [finding('info')], 'pass'],
    ['warn and info', [finding('warn'), finding('info')], 'pass'],
    ['no findings', [], 'pass'],
  ] as const)('%s → %s', (_name, findings, expected) => {
    expect(decideSend({ text: TEXT, findings }, null)).toBe(expected);
  });

  it('lets through exactly the draft the agent already chose to send anyway (the confirm step)', () => {
    expect(decideSend({ text: TEXT, findings: [finding('block')] }, TEXT)).toBe('pass');
  });

  it('stops again once that draft was edited after the override', () => {
    expect(decideSend({ text: `${TEXT} or call`, findings: [finding('block')] }, TEXT)).toBe('stop');
  });
});
