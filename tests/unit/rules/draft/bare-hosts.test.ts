import { describe, expect, it } from 'vitest';
import { found } from './found';

describe('links the linkify pass alone missed', () => {
  it.each([
    ['Bitte besuchen Sie пример.рф für Details.', 'link.domain', 'пример.рф'],
    ['Siehe http://пример.рф/seite jetzt', 'link.url', 'http://пример.рф/seite'],
    ['انظر موقع.السعودية الآن', 'link.domain', 'موقع.السعودية'],
    ['visit 例子.中国 now', 'link.domain', '例子.中国'],
    ['詳しくは 例え.テスト ではなく 例え.みんな をご覧ください', 'link.domain', '例え.みんな'],
    ['Bücher unter bücher.de/katalog bestellen', 'link.domain', 'bücher.de/katalog'],
    ['open 2001:db8::7 in your browser', 'link.ip', '2001:db8::7'],
    ['fe80::1ff:fe23:4567:890a is the router', 'link.ip', 'fe80::1ff:fe23:4567:890a'],
    ['link｜http://files.example.net/x｜here', 'link.url', 'http://files.example.net/x'],
    ['see （https://files.example.net）', 'link.url', 'https://files.example.net'],
    ['链接【http://files.example.net/a】这里', 'link.url', 'http://files.example.net/a'],
  ])('%s', (text, ruleId, span) => {
    expect(found(text, 'link')).toEqual([[ruleId, span]]);
  });

  it('names an IDN host as written, not as punycode', () => {
    const [finding] = found('Go to https://пример.рф/x', 'link');
    expect(finding).toEqual(['link.url', 'https://пример.рф/x']);
  });

  it.each([
    'We shipped at 12:30:45 today.',
    'Use std::vector in C++ and a::b',
    "C'est fait déjà.Il arrive demain.",
    'Die Größe.Danach kam nichts.',
    'Der Preis ist 12.99 € für Größe 3.5.',
    '注文番号は 503-1234567-1234567 です。',
  ])('leaves prose alone: %s', (text) => {
    expect(found(text, 'link')).toEqual([]);
  });
});

describe('moving the conversation to email without an address', () => {
  it.each([
    "let's continue this by email",
    'Could we discuss the rest over email?',
    'Lass uns das lieber per E-Mail weiterbesprechen.',
    'Können wir per Mail weitermachen?',
    'Continuons cette discussion par e-mail.',
    'Sigamos hablando por correo electrónico.',
    'Continuiamo la conversazione via email.',
    'この件はメールでやり取りしましょう。',
    '我们改用邮件继续沟通吧。',
  ])('%s', (text) => {
    expect(found(text, 'off-platform').map(([ruleId]) => ruleId)).toContain('off-platform.move-to-email');
  });

  it.each([
    'We will never continue this by email: please reply here.',
    'Amazon sent you an email confirmation.',
    'Bitte antworten Sie hier und nicht per E-Mail.',
  ])('leaves alone: %s', (text) => {
    expect(found(text, 'off-platform')).toEqual([]);
  });
});

describe('bare IP hosts and full-width wrapping, in a draft', () => {
  it.each([
    ['Photos: 203.0.113.9/login', 'link.ip', '203.0.113.9/login'],
    ['链接｜203.0.113.9｜这里', 'link.ip', '203.0.113.9'],
    ['链接｜files.example.net｜这里', 'link.domain', 'files.example.net'],
    ['see http://[2001:db8::42]/a', 'link.ip', 'http://[2001:db8::42]/a'],
  ])('%s', (text, ruleId, span) => {
    expect(found(text, 'link')).toEqual([[ruleId, span]]);
  });
});
