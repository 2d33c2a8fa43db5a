import { describe, expect, it } from 'vitest';
import { decideTemplateSend } from '../../../../entrypoints/sellercentral.content/templates/send-decision';
import { isTemplatesOnly } from '../../../../entrypoints/sellercentral.content/templates/listed-buyer';
import type { WatchlistHit } from '../../../../utils/watchlist-protocol';

const inserted = 'Hello Jordan, your refund for 112-4837261-5938217 is on its way.';

describe('decideTemplateSend', () => {
  it.each([
    ['a free-text draft, buyer not listed', { text: 'Hi', insertedText: null, templatesOnly: false, overriddenText: null }, 'pass'],
    ['an unfilled placeholder', { text: 'Tracking {trackingId}', insertedText: 'Tracking {trackingId}', templatesOnly: false, overriddenText: null }, 'unfilled'],
    ['an unknown brace pair is not a placeholder', { text: 'Size {XL}', insertedText: null, templatesOnly: false, overriddenText: null }, 'pass'],
    ['listed buyer, unedited template', { text: inserted, insertedText: inserted, templatesOnly: true, overriddenText: null }, 'pass'],
    ['listed buyer, edited template', { text: `${inserted} PS`, insertedText: inserted, templatesOnly: true, overriddenText: null }, 'templates-only'],
    ['listed buyer, free text', { text: 'Hi', insertedText: null, templatesOnly: true, overriddenText: null }, 'templates-only'],
    ['listed buyer, free text sent anyway with a reason', { text: 'Hi', insertedText: null, templatesOnly: true, overriddenText: 'Hi' }, 'pass'],
    ['listed buyer, unfilled placeholder even with a reason', { text: 'Hi {carrier}', insertedText: null, templatesOnly: true, overriddenText: 'Hi {carrier}' }, 'unfilled'],
  ] as const)('%s → %s', (_what, state, decision) => {
    expect(decideTemplateSend(state)).toBe(decision);
  });
});

describe('isTemplatesOnly', () => {
  const hit = (strength: 'strong' | 'possible', severity: 'high' | 'medium' | 'watch') => ({ strength, severity }) as WatchlistHit;
  it.each([
    [[hit('strong', 'high')], 'high', true],
    [[hit('strong', 'medium')], 'high', false],
    [[hit('strong', 'medium')], 'medium', true],
    [[hit('possible', 'high')], 'watch', false],
    [[hit('strong', 'watch')], 'watch', true],
    [[hit('strong', 'high')], 'off', false],
    [[], 'high', false],
  ] as const)('%o at level %s → %s', (hits, level, on) => {
    expect(isTemplatesOnly(hits, level)).toBe(on);
  });
});
