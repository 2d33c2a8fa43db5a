import { describe, expect, it } from 'vitest';
import { found } from './found';

describe('messaging-handle detector', () => {
  it.each([
    ['Add me on WeChat: brightline_lily so I can send it.', [['messaging-handle.app', 'WeChat: brightline_lily']]],
    ['加我微信：jiaju8888，有问题随时联系。', [['messaging-handle.app', '微信：jiaju8888']]],
    ['有问题可以加我QQ 12345678 或者 VX: jiaju8888', [['messaging-handle.app', 'QQ 12345678'], ['messaging-handle.app', 'VX: jiaju8888']]],
    ['加V：jiaju666', [['messaging-handle.app', '加V：jiaju666']]],
    ['Telegram: @fastship_support', [['messaging-handle.app', 'Telegram: @fastship_support']]],
    ['Just WhatsApp me tonight.', [['messaging-handle.app', 'WhatsApp']]],
    ['You can Skype me at live:mike.torres_77', [['messaging-handle.app', 'Skype']]],
    ['Our Viber / Signal: +380 67 123 4567', [['messaging-handle.app', 'Viber'], ['messaging-handle.app', 'Signal']]],
    ['Kakao: homegoods', [['messaging-handle.app', 'Kakao: homegoods']]],
    ['LINEで友だち追加してください', [['messaging-handle.app', 'LINE']]],
    ['ＬＩＮＥ ＩＤ：ｋｕｒａｓｈｉ＿ｓｈｏｐ まで', [['messaging-handle.app', 'ＬＩＮＥ ＩＤ：ｋｕｒａｓｈｉ＿ｓｈｏｐ']]],
    ['Follow us on Instagram @brightlinehome!', [['messaging-handle.app', 'Instagram @brightlinehome']]],
    ['Instagram（@kurashi_shop）をフォロー', [['messaging-handle.app', 'Instagram（@kurashi_shop']]],
    ['Message us on Facebook for a faster answer.', [['messaging-handle.app', 'Facebook']]],
    ['DM me on IG: @lily.makes.things', [['messaging-handle.app', 'IG: @lily.makes.things']]],
    ['hit me up on insta @shopname', [['messaging-handle.app', 'insta @shopname']]],
    ['Follow us on TikTok @homegoods', [['messaging-handle.app', 'TikTok @homegoods']]],
    ['Ping @fastship_support for tracking.', [['messaging-handle.at-handle', '@fastship_support']]],
  ])('%s', (text, expected) => {
    expect(found(text, 'messaging-handle')).toEqual(expected);
  });

  it.each([
    'Just drop me a line: we answer within 24 hours.',
    'Please stand in line at the post office counter.',
    'The signal light on the charger turns green when full.',
    'The online store price includes VAT.',
    'Write to tom.baker@outlook.com',
    'The deadline for returns is 30 days.',
    'We saw a post on Facebook about the recall, but it does not affect your model.',
  ])('never flags %j', (text) => {
    expect(found(text, 'messaging-handle')).toEqual([]);
  });
});
