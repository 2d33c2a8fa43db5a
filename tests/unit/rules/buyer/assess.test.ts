import { describe, expect, it } from 'vitest';
import { assessBuyerMessage } from '../../../../rules/buyer/buyer-risk';

const rules = (text: string, names: string[] = []) => assessBuyerMessage(text, names.map((name) => ({ name }))).map((f) => f.ruleId);

describe('assessBuyerMessage', () => {
  it.each([
    ['Sign in at https://sellercentral.amazon.com.example.net/login', 'lookalike-link.brand-inside'],
    ['Visit аmazon.com/claim', 'lookalike-link.homoglyph'],
    ['Open bit.ly/xyz', 'hidden-link.shortener'],
    ['Open http://203.0.113.9/x', 'hidden-link.ip'],
    ['Pictures at example.org/p', 'outside-link.outside'],
    ['Pay me by bank transfer', 'payment.outside-amazon'],
    ['Send me the one-time code you received', 'credentials.request'],
    ['Refund me or I leave 1 star', 'review-threat.threat'],
  ])('%s → %s', (text, ruleId) => {
    expect(rules(text)).toContain(ruleId);
  });

  it('gives a link finding its real host and registrable site', () => {
    const [finding] = assessBuyerMessage('See https://sellercentral.amazon.com.example.net/x');
    expect(finding).toMatchObject({ category: 'lookalike-link', severity: 'high', params: { site: 'example.net', brand: 'sellercentral' } });
    expect(finding?.link?.asciiHost).toBe('sellercentral.amazon.com.example.net');
  });

  it.each([
    ['invoice.pdf.exe', 'attachment.double-extension'],
    ['photo\u202Egpj.exe', 'attachment.rtl-override'],
    ['setup.msi', 'attachment.executable'],
    ['run.ps1', 'attachment.script'],
    ['login.html', 'attachment.html'],
    ['all.7z', 'attachment.archive'],
  ])('flags the attachment %s', (name, ruleId) => {
    expect(rules('See attached.', [name])).toEqual([ruleId]);
  });

  it.each([
    'Order 303-1234567-1234567 arrived broken.',
    'Tracking 1Z999AA10123456784 has not moved.',
    'It is on https://www.amazon.de/dp/B07XJ8C8F5 and https://sellercentral-europe.amazon.com/messaging',
    'Short link amzn.to/3QbR7xk',
    'DHL: https://www.dhl.de/de/privatkunden.html?piececode=00340434161234567890',
    'Thanks, I left five stars!',
  ])('leaves alone: %s', (text) => {
    expect(assessBuyerMessage(text, [{ name: 'photo.jpg' }, { name: 'scan.pdf' }])).toEqual([]);
  });

  it('never changes or copies more than a short quote of the text', () => {
    const text = `Pay via PayPal ${'x'.repeat(200)}`;
    const [finding] = assessBuyerMessage(text);
    expect(String(finding?.params.quote).length).toBeLessThanOrEqual(62);
  });
});

describe('withinOneEdit', () => {
  it.each([['amazon', 'amazom', true], ['amazon', 'amaozn', true], ['amazon', 'amzon', true], ['amazon', 'amazing', false], ['amazon', 'zamano', false]])(
    '%s ~ %s: %s', async (a, b, expected) => {
      const { withinOneEdit } = await import('../../../../rules/buyer/lookalike');
      expect(withinOneEdit(a, b)).toBe(expected);
    });
});

describe('what the engine missed, in a buyer message', () => {
  const spans = (text: string) => assessBuyerMessage(text).map((f) => [f.ruleId, text.slice(f.start, f.end)]);
  it.each([
    ['Bitte an käufer@beispiel.de schicken', 'off-platform.email', 'käufer@beispiel.de'],
    ['请发到 用户@例子.公司', 'off-platform.email', '用户@例子.公司'],
    ['Schreibt an иван@почта.рф', 'off-platform.email', 'иван@почта.рф'],
    ['请访问例子.公司看看', 'outside-link.outside', '例子.公司'],
    ['Go to президент.рф now', 'outside-link.outside', 'президент.рф'],
    ['Photos: 203.0.113.9/login', 'hidden-link.ip', '203.0.113.9/login'],
    ['open 2001:db8::7 in your browser', 'hidden-link.ip', '2001:db8::7'],
    ['see http://[2001:db8::42]/a', 'hidden-link.ip', 'http://[2001:db8::42]/a'],
    ['链接｜http://files.example.net/x｜这里', 'outside-link.outside', 'http://files.example.net/x'],
    ['链接｜203.0.113.9｜这里', 'hidden-link.ip', '203.0.113.9'],
    ['链接【bit.ly/3xYz12q】这里', 'hidden-link.shortener', 'bit.ly/3xYz12q'],
    ["let's continue this by email", 'off-platform.off-platform', 'continue this by email'],
  ])('%s → %s %s', (text, ruleId, span) => {
    expect(spans(text)).toContainEqual([ruleId, span]);
  });

  it.each(['Écrivez à josé@exemple-boutique.fr', 'Write to anna@shop.de'])('reads the "@handle" inside an address as the address: %s', (text) => {
    expect(spans(text).map(([ruleId]) => ruleId)).not.toContain('off-platform.messaging-handle');
    expect(spans(text).map(([ruleId]) => ruleId)).toContain('off-platform.email');
  });
});
