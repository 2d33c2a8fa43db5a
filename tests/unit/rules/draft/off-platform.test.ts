import { describe, expect, it } from 'vitest';
import { found } from './found';

describe('off-platform detector', () => {
  it.each([
    ['Please contact me directly outside of Amazon.', [['off-platform.direct-contact', 'contact me directly'], ['off-platform.outside-amazon', 'outside of Amazon']]],
    ['Let\'s move this off Amazon.', [['off-platform.outside-amazon', 'off Amazon']]],
    ['Lassen Sie uns das außerhalb von Amazon klären.', [['off-platform.outside-amazon', 'außerhalb von Amazon']]],
    ['Continuons en dehors d\'Amazon.', [['off-platform.outside-amazon', 'en dehors d\'Amazon']]],
    ['Sigamos hablando fuera de Amazon.', [['off-platform.outside-amazon', 'fuera de Amazon']]],
    ['Continuiamo fuori da Amazon.', [['off-platform.outside-amazon', 'fuori da Amazon']]],
    ['Amazonを通さずにやり取りしましょう。', [['off-platform.outside-amazon', 'Amazonを通さず']]],
    ['我们私下联系吧。', [['off-platform.outside-amazon', '私下联系']]],
    ['Email me when it arrives.', [['off-platform.direct-contact', 'Email me']]],
    ['Give me a ring after five.', [['off-platform.direct-contact', 'Give me a ring']]],
    ['I\'ll call you tomorrow morning.', [['off-platform.direct-contact', 'I\'ll call you']]],
    ['Rufen Sie mich gerne auf meinem Handy an.', [['off-platform.direct-contact', 'Rufen Sie mich gerne auf meinem Handy an']]],
    ['Écrivez-moi directement, c\'est plus simple.', [['off-platform.direct-contact', 'Écrivez-moi directement']]],
    ['Lasciami il tuo numero, ti chiamo io.', [['off-platform.asks-contact-details', 'Lasciami il tuo numero'], ['off-platform.direct-contact', 'ti chiamo']]],
    ['Could you give me your phone number?', [['off-platform.asks-contact-details', 'give me your phone number']]],
    ['お客様の電話番号を教えていただけますか。', [['off-platform.asks-contact-details', 'お客様の電話番号を教えて']]],
    ['方便留个您的电话号码吗？', [['off-platform.asks-contact-details', '留个您的电话号码']]],
    ['You can find the manual on our website.', [['off-platform.own-website', 'on our website']]],
    ['Text \'REFUND\' to 55512 for a faster refund.', [['off-platform.sms-code', 'Text \'REFUND\' to 55512']]],
    ['Please send the photos to photos@brightlinehome.com.', [['off-platform.contact-invite', 'send the photos to photos@brightlinehome.com']]],
    ['info@kurashi-shop.jp までメールをお送りください。', [['off-platform.contact-invite', 'info@kurashi-shop.jp までメール']]],
  ])('%s', (text, expected) => {
    expect(found(text, 'off-platform')).toEqual(expected);
  });

  it.each([
    'If you have any other questions, just reply to this message.',
    'Please contact us through Amazon messages if it does not arrive.',
    'Please contact Amazon Customer Service if you were charged twice.',
    'Amazon will email you when the refund is processed.',
    'We called the carrier this morning.',
    'Please call the carrier if the driver cannot find your address.',
    'Please update your phone number in your Amazon account.',
    'We will never ask for your phone number or email address.',
    'Bei Fragen antworten Sie einfach auf diese Nachricht.',
    'Pour toute question, répondez directement à ce message.',
    '如有任何问题，请直接回复此消息。',
    '感谢您就订单联系我们。',
    'ご不明な点がございましたら、このメッセージにご返信ください。',
    'Contact: 24/7 through Amazon messaging.',
  ])('never flags %j', (text) => {
    expect(found(text, 'off-platform')).toEqual([]);
  });

  it('reports the seller\'s blocked terms as off-platform, case- and width-insensitive, whole words only', () => {
    const text = 'Our BrightLine Outlet has it; ＢＲＩＧＨＴＬＩＮＥ ＯＵＴＬＥＴ too, not brightlineoutlets.';
    expect(found(text, 'off-platform', { blockedTerms: ['brightline outlet', '  '] })).toEqual([
      ['custom.blocked-term', 'BrightLine Outlet'],
      ['custom.blocked-term', 'ＢＲＩＧＨＴＬＩＮＥ ＯＵＴＬＥＴ'],
    ]);
    expect(found('在淘宝店铺购买', 'off-platform', { blockedTerms: ['淘宝'] })).toEqual([['custom.blocked-term', '淘宝']]);
  });
});
