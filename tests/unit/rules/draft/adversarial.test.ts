import { describe, expect, it } from 'vitest';
import { analyzeDraft, MAX_ANALYZED_LENGTH } from '../../../../rules/draft/draft-engine.ts';
import { findProxyEmail } from '../../../../rules/page/patterns';
import { ADVERSARIAL_CASES, distinctIdnHosts } from '../../../fixtures/drafts/adversarial';

/**
 * Hostile text at the longest length the guard reads. Not a speed target (`npm run bench` holds
 * those, per case at 4,000 and 20,000 characters): before the rules were made linear, 20,000
 * stars took over 200 s and 20,000 digits or `x★` pairs several seconds; now each takes
 * milliseconds, so a bound of seconds only fails when a rule goes quadratic again.
 */
describe('analyzeDraft on hostile text', () => {
  it.each(ADVERSARIAL_CASES.map((c) => [c.name, c] as const))('finishes %s at 20,000 characters', (_name, { build }) => {
    const text = build(MAX_ANALYZED_LENGTH);
    const started = performance.now();
    analyzeDraft(text);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('reports every one of many different IDN hosts, each once, a repeated one every time', () => {
    const text = distinctIdnHosts(4000);
    // The last host may be cut short by the length; the Chinese ones end before the words glued to them.
    const hosts = text.split(' ').slice(0, -1).map((token) => token.replace(/查看$/, ''));
    const links = (draft: string) => analyzeDraft(draft).filter((f) => f.category === 'link').map((f) => draft.slice(f.start, f.end));
    expect(new Set(hosts).size).toBe(hosts.length);
    expect(links(text).slice(0, hosts.length)).toEqual(hosts);
    expect(links(`${text.slice(0, 200)} ${text.slice(0, 200)}`)).toHaveLength(2 * links(text.slice(0, 200)).length);
  });

  it('reads a proxy email after a long run of dotted letters at once', () => {
    const text = `${'a.'.repeat(20_000)} 7kd8+x1@marketplace.amazon.com`;
    const started = performance.now();
    expect(findProxyEmail(text)).toBe('7kd8@marketplace.amazon.com');
    expect(findProxyEmail('a.'.repeat(20_000))).toBeNull();
    expect(performance.now() - started).toBeLessThan(3000);
  });
});

describe('detections kept by the linear patterns', () => {
  it.each([
    ['a star run before a gift', 'Leave ★★★★★ and we send you a gift card', 'review-manipulation.incentive'],
    ['a gift before a star run', 'We send a gift card for ★★★★★★★', 'review-manipulation.incentive'],
    ['a word before a review', 'Please change your 1-star review and we refund you', 'review-manipulation.change-request'],
    ['a German compound', 'Bitte die Amazon-Bewertung löschen, wir erstatten 10 €', 'review-manipulation.change-request'],
    ['an amount after a long number', 'Get $15 for a 5-star review', 'review-manipulation.incentive'],
    ['a per cent after digits', 'Next time 15%OFF with code SAVE15', 'marketing.discount'],
    ['a promo code after a colon', 'Use coupon: SAVE20 on your next order', 'marketing.promo-code'],
    ['a handle after a label', 'Add me on WhatsApp id: shop.anna', 'messaging-handle.app'],
    ['a spaced scheme', 'h t t p s : / / evil dot com', 'link.obfuscated'],
  ])('%s', (_name, text, ruleId) => {
    expect(analyzeDraft(text).map((f) => f.ruleId)).toContain(ruleId);
  });

  it.each([
    ['a thousands-grouped price', 'The refund of 1,299.00 € for order 302-1234567-1234567 is on its way.'],
    ['a grouped price in another style', 'Wir erstatten 1.299,00 EUR.'],
    ['a measurement', 'The box is 120x45x30 cm and weighs 12 kg.'],
    ['a version', 'Update the firmware to version: 2.3.14 please.'],
  ])('still treats %s as safe', (_name, text) => {
    expect(analyzeDraft(text).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('analysis bound', () => {
  it('reads up to MAX_ANALYZED_LENGTH characters and reports the rest as not checked', () => {
    const text = `${'Thank you for your order. '.repeat(1000)}Email me at anna@shop.de`;
    expect(text.length).toBeGreaterThan(MAX_ANALYZED_LENGTH);
    const findings = analyzeDraft(text);
    const unchecked = findings.filter((f) => f.category === 'unchecked');
    expect(unchecked).toEqual([expect.objectContaining({ ruleId: 'unchecked.past-limit', severity: 'warn', start: MAX_ANALYZED_LENGTH, end: text.length })]);
    expect(unchecked[0]!.message).toContain(`first 20,000 of ${text.length.toLocaleString('en-US')} characters`);
    expect(findings.some((f) => f.category === 'email')).toBe(false);
    expect(findings.find((f) => f.ruleId === 'formatting.too-long')).toMatchObject({ start: 4000, end: text.length });
  });

  it('reports nothing as not checked up to the bound', () => {
    const text = `${'x'.repeat(MAX_ANALYZED_LENGTH - 25)} Email me at anna@shop.de`;
    expect(text.length).toBe(MAX_ANALYZED_LENGTH);
    const findings = analyzeDraft(text);
    expect(findings.some((f) => f.category === 'unchecked')).toBe(false);
    expect(findings.some((f) => f.category === 'email')).toBe(true);
  });

  it('never cuts an emoji in half', () => {
    const text = `${'x'.repeat(MAX_ANALYZED_LENGTH - 1)}😊 and more`;
    const unchecked = analyzeDraft(text).find((f) => f.category === 'unchecked');
    expect(unchecked?.start).toBe(MAX_ANALYZED_LENGTH - 1);
  });
});
